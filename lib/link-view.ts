/** How link health reaches the user: the badge count, the ways forward, the words. */
import type { Catalogue, Entry } from './catalogue';
import type { LinkHealth, LinkHealthMap } from './link-state';
import type { LinkReason, LinkState } from './link-types';
import { groupsForRole } from './role-view';

/** Broken links among the role's entries; every entry when no role is chosen yet. */
export function brokenCount(cat: Catalogue, role: string | null, health: LinkHealthMap): number {
  const entries = role === null ? cat.entries : groupsForRole(cat, role).flatMap((g) => g.entries);
  const urls = new Set(entries.map((e) => e.url));
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

export const STATE_LABELS: Record<LinkState | 'unchecked', string> = {
  ok: 'Virker',
  moved: 'Flyttet',
  broken: 'Virker ikke',
  unknown: 'Usikker',
  unchecked: 'Ikke sjekket',
};

/** "12. mars 2025 kl. 14:05", in Norwegian. */
export function formatCheckedAt(ms: number): string {
  const date = new Date(ms);
  const day = date.toLocaleDateString('nb-NO', { day: 'numeric', month: 'long', year: 'numeric' });
  const time = date.toLocaleTimeString('nb-NO', { hour: '2-digit', minute: '2-digit' });
  return `${day} kl. ${time}`;
}

const REASON_TEXT: Partial<Record<LinkReason, string>> = {
  'front-page': 'sendes til forsiden',
  'not-found-page': 'sendes til en «finnes ikke»-side',
  'no-such-host': 'nettstedet finnes ikke',
  'redirect-loop': 'videresendes i ring',
  timeout: 'svarte ikke i tide',
  'bot-protection': 'stoppet av robotsperre',
};

/** A few words on why, where the HTTP status alone does not tell it. */
export const reasonText = (reason: LinkReason): string | undefined => REASON_TEXT[reason];

/** Shown state, with "waiting for confirmation" for a single broken finding. */
export function describeHealth(health: LinkHealth | undefined): string {
  if (!health) return STATE_LABELS.unchecked;
  const pending = health.state !== 'broken' && health.brokenRuns === 1;
  return pending ? `${STATE_LABELS[health.state]} (mulig brudd, sjekkes igjen)` : STATE_LABELS[health.state];
}
