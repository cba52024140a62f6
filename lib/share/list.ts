/**
 * What is handed on: the list the user is looking at, as groups of links. With the search box
 * empty that is the role's groups (the user view's catalogue, so the organisation's own links
 * come along); with a query, the hits as shown. Favourites and recently opened are the user's
 * own, not the role's, and stay out. Every address is listed once, in the first group that has it.
 */
import type { Catalogue, Successor } from '../catalogue';
import { roleName, sectionHeading, type Messages } from '../i18n';
import type { LinkHealthMap } from '../links';
import { buildRoleView, buildSearchView, type ListView, type SectionKind } from '../list';
import type { Searcher } from '../search';

export interface ShareLink {
  title: string;
  url: string;
  description: string;
  /** The stored link check has confirmed it broken (lib/links: two runs hours apart). */
  broken: boolean;
  /** Pages that have taken over from this one, as the catalogue records them. */
  successors: readonly Successor[];
}

export interface ShareGroup {
  heading: string;
  links: ShareLink[];
}

export interface ShareList {
  /** What the list is: the role's name, or the search. */
  title: string;
  groups: ShareGroup[];
}

const PERSONAL: readonly SectionKind[] = ['favourites', 'recent'];

/** The list the popup or the search page shows for this role and query (or related view). */
export function currentView(source: ShareSource): ListView {
  const { catalogue: cat, role, query, related, searcher } = source;
  if (related) return related;
  if (query.trim() === '') return buildRoleView(cat, role);
  // The search is a chunk of its own in the popup (components/list/searchModule.ts); with a
  // query on screen it has loaded, and the caller hands it in.
  if (!searcher) throw new Error('sharing hits needs the searcher that found them');
  return buildSearchView(searcher, role, query);
}

/** The view's links as groups under the headings the list shows, each address once. */
export function shareListOf(view: ListView, title: string, m: Messages, health: LinkHealthMap): ShareList {
  const seen = new Set<string>();
  const groups: ShareGroup[] = [];
  for (const section of view.sections) {
    if (PERSONAL.includes(section.kind)) continue;
    const links: ShareLink[] = [];
    for (const { entry } of section.items) {
      if (seen.has(entry.url)) continue;
      seen.add(entry.url);
      links.push({
        title: entry.title,
        url: entry.url,
        description: entry.description,
        broken: health[entry.url]?.state === 'broken',
        successors: entry.successors ?? [],
      });
    }
    if (links.length > 0) groups.push({ heading: sectionHeading(section, m), links });
  }
  return { title, groups };
}

export const linkCount = (list: ShareList): number => list.groups.reduce((n, g) => n + g.links.length, 0);

/** "Lenker: …": the role's name in the UI language, or the search as typed. */
export function shareTitle(cat: Catalogue, role: string, query: string, m: Messages): string {
  const q = query.trim();
  return q === '' ? m.shareTitleRole(roleName(cat, role, m)) : m.shareTitleSearch(q);
}

/** What the user sees, ready to hand on: the role's groups or the hits, under the list's title. */
export interface ShareSource {
  catalogue: Catalogue;
  role: string;
  query: string;
  related?: ListView | null;
  /** The search over `catalogue`; needed only with a query. */
  searcher?: Searcher;
}

export function sharedList(source: ShareSource, m: Messages, health: LinkHealthMap): ShareList {
  const title = shareTitle(source.catalogue, source.role, source.query, m);
  return shareListOf(currentView(source), title, m, health);
}
