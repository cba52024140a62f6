/**
 * The list the popup, the search page and the handout show, as data: sections that say what they
 * are by `kind` (lib/i18n puts them into words).
 */
import {
  entriesById,
  findSpecialty,
  groupsForRole,
  type Catalogue,
  type Entry,
  type Specialty,
} from '../catalogue';
import type { Hit, Searcher } from '../search';

export interface ListItem {
  entry: Entry;
  /** A hit from outside the user's role, shown with a badge that says so. */
  otherRole: boolean;
  highlights?: Hit['highlights'];
}

export type SectionKind =
  | 'group'
  | 'own'
  | 'specialty'
  | 'org'
  | 'hits'
  | 'other-roles'
  | 'this-entry'
  | 'related'
  | 'favourites'
  | 'recent';

export interface Section {
  kind: SectionKind;
  /** A catalogue group's heading, or an organisation group's sub-heading ('' for none). */
  title?: string;
  /** The chosen specialty, whose pages the section lists. */
  specialty?: Specialty;
  items: ListItem[];
}

export interface ListView {
  sections: Section[];
  /** 'no-hits-in-role': every hit is from another role, and the list says so above them. */
  empty: 'no-hits' | 'no-hits-in-role' | null;
}

/** Entry ids the user pinned: favourites and recently opened, newest first. */
export interface Pinned {
  favourites: readonly string[];
  recent: readonly string[];
}

// Nobody reads past the first screens of hits, and the popup renders every hit it is given.
export const MAX_HITS = 50;

const asItems = (entries: Entry[]): ListItem[] => entries.map((entry) => ({ entry, otherRole: false }));

function buildRoleView(cat: Catalogue, role: string, pinned?: Pinned, specialty?: string | null): ListView {
  const byId = entriesById(cat);
  const items = (ids: readonly string[] = []) => asItems(ids.flatMap((id) => byId.get(id) ?? []));
  const chosen = findSpecialty(cat, specialty);
  const above: Section[] = [
    { kind: 'favourites', items: items(pinned?.favourites) },
    { kind: 'recent', items: items(pinned?.recent) },
    { kind: 'specialty', specialty: chosen, items: items(chosen?.entries) },
  ];
  const groups = groupsForRole(cat, role).map((g): Section => ({
    kind: g.org ? 'org' : g.own ? 'own' : 'group',
    title: g.title,
    items: asItems(g.entries),
  }));
  return { sections: [...above.filter((s) => s.items.length > 0), ...groups], empty: null };
}

function buildSearchView(searcher: Searcher, role: string, q: string, specialty?: string | null): ListView {
  const hits = searcher.search(q, { role, specialty, limit: MAX_HITS });
  const items = hits.map((h) => ({ entry: h.entry, otherRole: !h.inRole, highlights: h.highlights }));
  if (items.length === 0) return { sections: [], empty: 'no-hits' };
  if (items.every((i) => i.otherRole))
    return { sections: [{ kind: 'other-roles', items }], empty: 'no-hits-in-role' };
  return { sections: [{ kind: 'hits', items }], empty: null };
}

/**
 * The list for the search box's text: the role's groups (the seed's, Spes's own, the
 * organisation's; favourites, recent and the chosen specialty's pages above them) while it is
 * empty, else the hits, the specialty's pages first. Without a searcher (the search still
 * loading, components/list/useListView.ts) the role's groups stay.
 */
export function buildListView(
  cat: Catalogue,
  role: string,
  query: string,
  searcher?: Searcher,
  pinned?: Pinned,
  specialty?: string | null,
): ListView {
  if (query.trim() === '' || !searcher) return buildRoleView(cat, role, pinned, specialty);
  return buildSearchView(searcher, role, query, specialty);
}

/** The items in the order Up/Down walks them. */
export function flatItems(view: ListView): ListItem[] {
  return view.sections.flatMap((s) => s.items);
}

/** Moves a selection by `delta`, staying inside [0, count); -1 means nothing selected. */
export function moveSelection(current: number, delta: number, count: number): number {
  if (count === 0) return -1;
  if (current < 0) return delta > 0 ? 0 : count - 1;
  return Math.min(count - 1, Math.max(0, current + delta));
}
