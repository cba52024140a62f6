/** How link health reaches the user: the badge count and the ways forward (its words: lib/i18n). */
import { entriesOfRole, findSpecialty, siteOf, type Catalogue, type Entry } from '../catalogue';
import type { LinkHealthMap } from './state';

/**
 * Broken links among what the user's list shows: the role's entries (every entry when no role is
 * chosen yet) and the chosen specialty's pages, which the list puts above them (lib/list/index.ts).
 */
export function brokenCount(
  cat: Catalogue,
  view: { role: string | null; specialty: string | null },
  health: LinkHealthMap,
): number {
  const ids = new Set([
    ...entriesOfRole(cat, view.role),
    ...(findSpecialty(cat, view.specialty)?.entries ?? []),
  ]);
  const urls = new Set(cat.entries.filter((e) => ids.has(e.id)).map((e) => e.url));
  return [...urls].filter((url) => health[url]?.state === 'broken').length;
}

/** The badge says nothing when all is well. */
export const badgeText = (count: number): string => (count > 0 ? String(count) : '');

export const archiveUrl = (url: string): string => `https://web.archive.org/web/*/${url}`;

/** A web search limited to the publisher's site, for the page's title. */
export function siteSearchUrl(entry: Pick<Entry, 'url' | 'title'>): string {
  return `https://duckduckgo.com/?q=${encodeURIComponent(`site:${siteOf(entry.url)} "${entry.title}"`)}`;
}

/**
 * Host and path, without the scheme: short enough for the popup, exact enough to trust (the
 * handout prints it decoded, lib/share/handout.ts). Stored data can be anything, but a record
 * whose address is no web address is dropped as it is read (store.ts), so what reaches this is one.
 */
export function displayUrl(url: string): string {
  const u = new URL(url);
  return `${u.host}${u.pathname}${u.search}`.replace(/\/$/, '');
}
