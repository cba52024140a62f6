import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../lib/catalogue';
import { RECENT_LIMIT, addRecent, repairIdList, toggleFavourite } from '../../../lib/pinned';

const [a, b] = catalogue.entries.map((e) => e.id) as [string, string];

describe('recent', () => {
  it('puts the newest first and keeps each id once', () => {
    expect(addRecent([a, b], b)).toEqual([b, a]);
    expect(addRecent([], a)).toEqual([a]);
  });

  it(`keeps the last ${RECENT_LIMIT}`, () => {
    const ids = ['1', '2', '3', '4', '5'];
    expect(addRecent(ids, '6')).toEqual(['6', '1', '2', '3', '4']);
  });
});

describe('favourites', () => {
  it('adds at the front and removes on the second toggle', () => {
    expect(toggleFavourite([a], b)).toEqual([b, a]);
    expect(toggleFavourite([b, a], b)).toEqual([a]);
  });
});

describe('repairIdList', () => {
  it.each([
    ['null', null, []],
    ['a bare array', [a], []],
    ['ids of the wrong type among good ones', { ids: [1, a, null, b] }, [a, b]],
    ['an empty id', { ids: ['', a] }, [a]],
    ['duplicates', { ids: [a, b, a] }, [a, b]],
    ['too many', { ids: ['1', '2', '3'] }, ['1', '2']],
  ])('mends %s, keeping every good id in order', (_name, value, ids) => {
    expect(repairIdList(value, 2)).toEqual({ ids });
  });

  it('keeps a good list as it is', () => expect(repairIdList({ ids: [a, b] }, 2)).toEqual({ ids: [a, b] }));
});
