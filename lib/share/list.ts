/**
 * What is handed on: the list the user is looking at, as groups of links. Favourites and recently
 * opened are the user's own, not the role's, and stay out.
 */
import type { Catalogue, Successor } from '../catalogue';
import { entryDescription, roleName, sectionHeading, type Messages } from '../i18n';
import type { LinkHealthMap } from '../links';
import type { ListView, SectionKind } from '../list';

export interface ShareLink {
  title: string;
  url: string;
  description: string;
  /** The stored link check has confirmed it broken (lib/links: two runs hours apart). */
  broken: boolean;
  /** Pages that have taken over from this one, as the catalogue records them. */
  successors: readonly Successor[];
}

export interface ShareList {
  /** What the list is: the role's name, or the search. */
  title: string;
  groups: { heading: string; links: ShareLink[] }[];
}

const PERSONAL: readonly SectionKind[] = ['favourites', 'recent'];

/** How many links the list holds, or how many of them are `which`. */
export const linkCount = (list: ShareList, which = (_: ShareLink) => true): number =>
  list.groups.reduce((n, g) => n + g.links.filter(which).length, 0);

/** What the shown list is of: the role's groups, or the hits for a query. */
export interface ShareSource {
  catalogue: Catalogue;
  role: string;
  query: string;
}

/**
 * The list on screen (`view`, as the panel or the handout built it), ready to hand on: its links
 * as groups under the headings the list shows, each address once, under the list's title ("Lenker:
 * …", the role's name in the UI language, or the search as typed).
 */
export function sharedList(view: ListView, src: ShareSource, m: Messages, health: LinkHealthMap): ShareList {
  const seen = new Set<string>();
  const groups: ShareList['groups'] = [];
  for (const section of view.sections) {
    if (PERSONAL.includes(section.kind)) continue;
    const links: ShareLink[] = [];
    for (const { entry } of section.items) {
      if (seen.has(entry.url)) continue;
      seen.add(entry.url);
      links.push({
        title: entry.title,
        url: entry.url,
        description: entryDescription(entry, m),
        broken: health[entry.url]?.state === 'broken',
        successors: entry.successors ?? [],
      });
    }
    if (links.length > 0) groups.push({ heading: sectionHeading(section, m), links });
  }
  const q = src.query.trim();
  const title = q ? m.shareTitleSearch(q) : m.shareTitleRole(roleName(src.catalogue, src.role, m));
  return { title, groups };
}
