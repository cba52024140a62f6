/**
 * Favourites and recently opened links: pure list rules and the sections they add to the popup.
 * Lists hold entry ids, newest first; ids the catalogue no longer has are skipped, not lost,
 * so an organisation link that comes back (lib/managed-links.ts) keeps its place.
 */
import type { Catalogue, Entry } from '../catalogue';
import type { PopupView, Section } from '../list/view';

export const RECENT_LIMIT = 5;
/** storage.sync allows 8 KB per item; 200 ids stay well inside it. */
export const FAVOURITES_LIMIT = 200;

export interface IdList {
  ids: string[];
}

export function isIdList(value: unknown, limit: number): value is IdList {
  if (typeof value !== 'object' || value === null) return false;
  const ids = (value as { ids?: unknown }).ids;
  return (
    Array.isArray(ids) &&
    ids.length <= limit &&
    ids.every((id) => typeof id === 'string' && id !== '') &&
    new Set(ids).size === ids.length
  );
}

/** Puts `id` first, once, and keeps at most `limit` ids. */
export function addToFront(ids: readonly string[], id: string, limit: number): string[] {
  return [id, ...ids.filter((other) => other !== id)].slice(0, limit);
}

export const addRecent = (ids: readonly string[], id: string) => addToFront(ids, id, RECENT_LIMIT);

/** Adds a favourite at the front, or removes it when it is already there. */
export function toggleFavourite(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((other) => other !== id) : addToFront(ids, id, FAVOURITES_LIMIT);
}

function entriesFor(cat: Catalogue, ids: readonly string[]): Entry[] {
  const byId = new Map(cat.entries.map((e) => [e.id, e]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export interface PinnedTitles {
  favouritesTitle: string;
  recentTitle: string;
}

/** "Favoritter" and "Nylig åpnet" (titles from lib/messages), each left out while empty. */
export function buildPinnedSections(
  cat: Catalogue,
  favourites: readonly string[],
  recent: readonly string[],
  titles: PinnedTitles,
): Section[] {
  const sections: Section[] = [
    { kind: 'favourites', title: titles.favouritesTitle, items: toItems(entriesFor(cat, favourites)) },
    { kind: 'recent', title: titles.recentTitle, items: toItems(entriesFor(cat, recent)) },
  ];
  return sections.filter((s) => s.items.length > 0);
}

const toItems = (entries: Entry[]) => entries.map((entry) => ({ entry, otherRole: false }));

/** The pinned sections above the role's groups, only while nothing is searched. */
export function withPinned(view: PopupView, query: string, pinned: Section[]): PopupView {
  if (query.trim() !== '' || pinned.length === 0) return view;
  return { ...view, sections: [...pinned, ...view.sections] };
}

/** Sent by the popup and search page when a link is opened; the background worker records it. */
export const ENTRY_OPENED = 'spes:entry-opened';

export interface EntryOpenedMessage {
  type: typeof ENTRY_OPENED;
  entryId: string;
}

export function isEntryOpenedMessage(message: unknown): message is EntryOpenedMessage {
  const m = message as Partial<EntryOpenedMessage> | null;
  return m?.type === ENTRY_OPENED && typeof m.entryId === 'string' && m.entryId !== '';
}
