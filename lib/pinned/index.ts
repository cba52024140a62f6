/**
 * Favourites and recently opened links: entry ids, newest first. Favourites live in storage.sync
 * (a choice the user makes once and expects on every machine), recent opens in storage.local
 * (what was opened on this device stays on it). Ids the catalogue no longer has are skipped when
 * shown, not dropped, so an organisation link that comes back (lib/policy) keeps its place.
 */
import { defineItem, isObject } from '../platform';

const RECENT_LIMIT = 5;
/** storage.sync allows 8 KB per item; 200 ids stay well inside it. */
const FAVOURITES_LIMIT = 200;
/** Longer than any entry id, even one made from an address: a longer string is not an id. */
const MAX_ID_LENGTH = 2048;

/** Keeps every good id: strings, not empty, each once, at most `limit`. One bad id costs only itself. */
const idList =
  (limit: number) =>
  (value: unknown): { ids: string[] } => {
    const raw = isObject(value) && Array.isArray(value.ids) ? value.ids : [];
    const ids = raw.filter(
      (id): id is string => typeof id === 'string' && id !== '' && id.length <= MAX_ID_LENGTH,
    );
    return { ids: [...new Set(ids)].slice(0, limit) };
  };

/** `id` first, once, and at most `limit` ids. */
const toFront = (ids: readonly string[], id: string, limit: number) =>
  [id, ...ids.filter((other) => other !== id)].slice(0, limit);

export const favouritesItem = defineItem('sync:favourites', { ids: [] }, idList(FAVOURITES_LIMIT));

export const recentItem = defineItem('local:recent', { ids: [] }, idList(RECENT_LIMIT));

/** Adds a favourite at the front, or removes it when it is already there. */
export const toggleFavouriteId = (id: string): Promise<boolean> =>
  favouritesItem.update(({ ids }) => ({
    ids: ids.includes(id) ? ids.filter((other) => other !== id) : toFront(ids, id, FAVOURITES_LIMIT),
  }));

/** Called in the background worker (entrypoints/background/recent.ts), the one writer. */
export const recordRecentOpen = (id: string): Promise<boolean> =>
  recentItem.update(({ ids }) => ({ ids: toFront(ids, id, RECENT_LIMIT) }));

export const clearRecent = (): Promise<boolean> => recentItem.setValue({ ids: [] });
