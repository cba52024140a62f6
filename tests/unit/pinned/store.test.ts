import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  clearRecent,
  favouritesItem,
  recentItem,
  recordRecentOpen,
  repairIdList,
  toggleFavouriteId,
} from '../../../lib/pinned';
import { defineItem } from '../../../lib/platform';

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
    expect(await fakeBrowser.storage.sync.get('favourites')).toEqual({ favourites: { ids: [] } });
  });

  it('drop a bad favourite id one by one and keep the others, in storage too', async () => {
    await fakeBrowser.storage.sync.set({ favourites: { ids: ['alis', 7, '', 'alis', 'turnus'] } });
    expect(await readFavourites()).toEqual({ ids: ['alis', 'turnus'] });
    expect(await fakeBrowser.storage.sync.get('favourites')).toEqual({
      favourites: { ids: ['alis', 'turnus'] },
    });
  });

  it('are version 1, so a later version of the item migrates what this one wrote', async () => {
    await toggleFavouriteId('alis');
    await favouritesItem.migrate();
    expect(await readFavourites()).toEqual({ ids: ['alis'] });
    // Version 1 writes no version marker; a v2 item over the same key reads that as v1.
    expect(await fakeBrowser.storage.sync.get('favourites$')).toEqual({});
    const v2 = defineItem<{ ids: string[]; note: string }>('sync:favourites', {
      fallback: { ids: [], note: '' },
      version: 2,
      migrations: { 2: (old) => ({ ...(old as { ids: string[] }), note: 'migrated' }) },
      repair: (v) => ({ ...repairIdList(v, 10), note: String((v as { note?: unknown }).note) }),
    });
    await v2.migrate();
    expect(await v2.getValue()).toEqual({ ids: ['alis'], note: 'migrated' });
    expect(await fakeBrowser.storage.sync.get('favourites$')).toEqual({ favourites$: { v: 2 } });
  });
});
