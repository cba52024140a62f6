import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../lib/catalogue';
import {
  RECENT_LIMIT,
  addRecent,
  buildPinnedSections,
  isIdList,
  toggleFavourite,
  withPinned,
} from '../../../lib/pinned/lists';
import { nb } from '../../../lib/i18n/nb';

const [a, b, c] = catalogue.entries.map((e) => e.id) as [string, string, string];

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

describe('isIdList', () => {
  it.each([
    ['null', null],
    ['a bare array', [a]],
    ['ids of the wrong type', { ids: [1] }],
    ['an empty id', { ids: [''] }],
    ['duplicates', { ids: [a, a] }],
    ['too many', { ids: ['1', '2', '3'] }],
  ])('rejects %s', (_name, value) => {
    expect(isIdList(value, 2)).toBe(false);
  });

  it('accepts a list within the limit', () => expect(isIdList({ ids: [a, b] }, 2)).toBe(true));
});

describe('pinned sections', () => {
  it('lists favourites, then recent, skipping ids the catalogue no longer has', () => {
    const sections = buildPinnedSections(catalogue, [b, 'gone'], [c, a], nb);
    expect(sections.map((s) => [s.kind, s.title])).toEqual([
      ['favourites', 'Favoritter'],
      ['recent', 'Nylig åpnet'],
    ]);
    expect(sections[0]?.items.map((i) => i.entry.id)).toEqual([b]);
    expect(sections[1]?.items.map((i) => i.entry.id)).toEqual([c, a]);
  });

  it('leaves out empty sections', () => {
    expect(buildPinnedSections(catalogue, [], [a], nb).map((s) => s.kind)).toEqual(['recent']);
    expect(buildPinnedSections(catalogue, ['gone'], [], nb)).toEqual([]);
  });

  it('goes above the role groups only while nothing is searched', () => {
    const view = { sections: [{ title: 'Gruppe', items: [] }], empty: null };
    const pinned = buildPinnedSections(catalogue, [a], [], nb);
    expect(withPinned(view, '', pinned).sections.map((s) => s.title)).toEqual(['Favoritter', 'Gruppe']);
    expect(withPinned(view, 'alis', pinned)).toBe(view);
  });
});
