import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  clearRecent,
  favouritesItem,
  recentItem,
  recordRecentOpen,
  toggleFavouriteId,
} from '../../../lib/pinned';

const readFavourites = () => favouritesItem.getValue();
const readRecent = () => recentItem.getValue();

describe('favourites in storage.sync, recent in storage.local', () => {
  beforeEach(() => fakeBrowser.reset());

  it('fall back to empty lists when nothing is stored', async () => {
    expect(await readFavourites()).toEqual({ ids: [] });
    expect(await readRecent()).toEqual({ ids: [] });
  });

  it('store favourites in sync and recent opens in local', async () => {
    await toggleFavouriteId('alis');
    await recordRecentOpen('turnus');
    expect(await fakeBrowser.storage.sync.get('favourites')).toEqual({ favourites: { ids: ['alis'] } });
    expect(await fakeBrowser.storage.local.get('recent')).toEqual({ recent: { ids: ['turnus'] } });
  });

  it('keep the last five opens, newest first, and clear them', async () => {
    for (const id of ['1', '2', '3', '4', '5', '6', '3']) await recordRecentOpen(id);
    expect(await readRecent()).toEqual({ ids: ['3', '6', '5', '4', '2'] });
    await clearRecent();
    expect(await readRecent()).toEqual({ ids: [] });
  });

  it('keep both of two opens recorded at once', async () => {
    await Promise.all([recordRecentOpen('alis'), recordRecentOpen('turnus')]);
    expect((await readRecent()).ids.toSorted()).toEqual(['alis', 'turnus']);
  });

  it('drop a string too long to be any entry id', async () => {
    await fakeBrowser.storage.local.set({ recent: { ids: ['x'.repeat(2_000_000), 'alis'] } });
    expect(await readRecent()).toEqual({ ids: ['alis'] });
  });

  it('toggle a favourite off again', async () => {
    await toggleFavouriteId('alis');
    await toggleFavouriteId('alis');
    expect(await readFavourites()).toEqual({ ids: [] });
  });

  it.each([
    ['a string', 'alis'],
    ['a bare array', ['alis']],
    ['ids of the wrong type', { ids: [7] }],
  ])('reset %s to the default without throwing', async (_name, corrupt) => {
    await fakeBrowser.storage.sync.set({ favourites: corrupt });
    await fakeBrowser.storage.local.set({ recent: corrupt });
    expect(await readFavourites()).toEqual({ ids: [] });
    expect(await readRecent()).toEqual({ ids: [] });
    expect(await fakeBrowser.storage.sync.get('favourites')).toEqual({ favourites: corrupt });
  });

  it('read at most five recent opens and 200 favourites, the first ones', async () => {
    const ids = Array.from({ length: 201 }, (_, i) => `e${i}`);
    await fakeBrowser.storage.local.set({ recent: { ids } });
    await fakeBrowser.storage.sync.set({ favourites: { ids } });
    expect(await readRecent()).toEqual({ ids: ids.slice(0, 5) });
    expect(await readFavourites()).toEqual({ ids: ids.slice(0, 200) });
  });

  it('drop a bad favourite id one by one and keep the others', async () => {
    await fakeBrowser.storage.sync.set({ favourites: { ids: ['alis', 7, '', 'alis', 'turnus'] } });
    expect(await readFavourites()).toEqual({ ids: ['alis', 'turnus'] });
    await toggleFavouriteId('x');
    expect(await fakeBrowser.storage.sync.get('favourites')).toEqual({
      favourites: { ids: ['x', 'alis', 'turnus'] },
    });
  });
});
