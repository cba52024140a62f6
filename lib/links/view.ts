/** How link health reaches the user: the badge count, the ways forward, the words. */
import { entriesOfRole, type Catalogue, type Entry } from '../catalogue';
import type { LinkHealth, LinkHealthMap } from './state';
import type { LinkReason } from './types';
import type { Messages } from '../i18n';

/** Broken links among the role's entries; every entry when no role is chosen yet. */
export function brokenCount(cat: Catalogue, role: string | null, health: LinkHealthMap): number {
  const ids = entriesOfRole(cat, role);
  const urls = new Set(cat.entries.filter((e) => ids.has(e.id)).map((e) => e.url));
  return [...urls].filter((url) => health[url]?.state === 'broken').length;
}

/** The badge says nothing when all is well. */
export const badgeText = (count: number): string => (count > 0 ? String(count) : '');

export function archiveUrl(url: string): string {
  return `https://web.archive.org/web/*/${url}`;
}

/** A web search limited to the publisher's site, for the page's title. */
export function siteSearchUrl(entry: Pick<Entry, 'url' | 'title'>): string {
  const site = new URL(entry.url).hostname.replace(/^www\./, '');
  return `https://duckduckgo.com/?q=${encodeURIComponent(`site:${site} "${entry.title}"`)}`;
}

/** "12. mars 2025 kl. 14:05" in Norwegian, "12 March 2025 at 14:05" in English. */
export function formatCheckedAt(ms: number, m: Messages): string {
  const date = new Date(ms);
  const day = date.toLocaleDateString(m.dateLocale, { day: 'numeric', month: 'long', year: 'numeric' });
  const time = date.toLocaleTimeString(m.dateLocale, { hour: '2-digit', minute: '2-digit' });
  return m.dateAtTime(day, time);
}

/**
 * Host and path, without the scheme: short enough for the popup, exact enough to trust. Never
 * throws: a value that is no address (stored data can be anything) is shown as it is.
 */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname}${u.search}`.replace(/\/$/, '');
  } catch {
    return String(url);
  }
}

/** A few words on why, where the HTTP status alone does not tell it. */
export const reasonText = (reason: LinkReason, m: Messages): string | undefined => m.reasonTexts[reason];

/** Shown state, with "waiting for confirmation" for a single broken finding. */
export function describeHealth(health: LinkHealth | undefined, m: Messages): string {
  if (!health) return m.stateLabels.unchecked;
  const label = m.stateLabels[health.state];
  return health.state !== 'broken' && health.brokenRuns === 1 ? m.possiblyBroken(label) : label;
}
