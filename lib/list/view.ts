/**
 * What the popup lists for a role and a query: the role's groups when the query is
 * empty, otherwise the role's hits and then other roles' hits, in sections.
 */
import { ALL_ROLES, type Catalogue, type Entry, groupsForRole } from '../catalogue';
import type { Range, Searcher } from '../search';
import { VIEW_TITLES } from './view-titles';

export interface ListItem {
  entry: Entry;
  otherRole: boolean;
  highlights?: { title: Range[]; description: Range[] };
}

export interface Section {
  title: string;
  items: ListItem[];
  /** Set on the sections lib/pinned.ts adds; "recent" gets a button that clears it. */
  kind?: 'favourites' | 'recent';
}

export type EmptyState = 'no-hits' | 'no-hits-in-role' | null;

export interface PopupView {
  sections: Section[];
  empty: EmptyState;
}

export const OTHER_ROLES_TITLE = VIEW_TITLES.otherRoles;
const HITS_TITLE = VIEW_TITLES.hits;
// Nobody reads past the first screens of hits, and rendering thousands of them (a short prefix
// at 10,000 entries) took most of a second per keystroke (npm run bench).
export const MAX_HITS = 50;

export function buildView(cat: Catalogue, searcher: Searcher, role: string, query: string): PopupView {
  if (query.trim() === '') {
    const sections = groupsForRole(cat, role).map((g) => ({
      title: g.title,
      items: g.entries.map((entry) => ({ entry, otherRole: false })),
    }));
    return { sections, empty: null };
  }
  const hits = searcher.search(query, { role: role === ALL_ROLES ? null : role, limit: MAX_HITS });
  const toItem = (h: (typeof hits)[number]): ListItem => ({
    entry: h.entry,
    otherRole: !h.inRole,
    highlights: h.highlights,
  });
  const mine = hits.filter((h) => h.inRole).map(toItem);
  const others = hits.filter((h) => !h.inRole).map(toItem);
  const sections = [
    { title: HITS_TITLE, items: mine },
    { title: OTHER_ROLES_TITLE, items: others },
  ].filter((s) => s.items.length > 0);
  const empty: EmptyState = hits.length === 0 ? 'no-hits' : mine.length === 0 ? 'no-hits-in-role' : null;
  return { sections, empty };
}

/** The items in the order Up/Down walks them. */
export function flatItems(view: PopupView): ListItem[] {
  return view.sections.flatMap((s) => s.items);
}

/** Moves a selection by `delta`, staying inside [0, count); -1 means nothing selected. */
export function moveSelection(current: number, delta: number, count: number): number {
  if (count === 0) return -1;
  if (current < 0) return delta > 0 ? 0 : count - 1;
  return Math.min(count - 1, Math.max(0, current + delta));
}
