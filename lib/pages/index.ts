/**
 * The addresses of Spes's own pages (`search.html?q=&role=&related=`,
 * `handout.html?role=&specialty=&q=&broken=omit`), built and read in one place so every way in
 * agrees on them; apart from lib/search, so building an address never loads the search.
 */

export interface SearchParams {
  q: string;
  role?: string;
  /** A catalogue entry id: show that entry first, with its related entries. */
  related?: string;
}

/** The longest query an address carries or the omnibox searches; more is never a search anyone typed. */
export const MAX_QUERY_LENGTH = 200;
const capped = (q: string | null | undefined) => (q ?? '').slice(0, MAX_QUERY_LENGTH);

/** `base` is the page's own URL without a query, e.g. runtime.getURL('/search.html'). */
export function buildSearchUrl(base: string, params: SearchParams): string {
  return withQuery(base, { q: capped(params.q.trim()), role: params.role, related: params.related });
}

export function parseSearchUrl(search: string): SearchParams {
  const params = new URLSearchParams(search);
  return { q: capped(params.get('q')), role: named(params, 'role'), related: named(params, 'related') };
}

/** Whether the handout marks links that no longer work, or leaves them out. */
export type BrokenChoice = 'mark' | 'omit';

interface HandoutParams {
  role?: string;
  /** A specialty id (pages check it, lib/policy), null for none; left out, the user's own. */
  specialty?: string | null;
  /** A search: the handout lists its hits instead of the role's groups. */
  q: string;
  broken: BrokenChoice;
}

/** A handout's address as it is made: what the page shows, and its maker's own specialty. */
type HandoutAddress = Partial<HandoutParams> & { ownSpecialty?: string | null };

/**
 * `base` is the page's own path or URL without a query, e.g. 'handout.html'. No specialty is
 * "none" in the address only where the maker's own (`ownSpecialty`) would otherwise show.
 */
export function buildHandoutUrl(base: string, params: HandoutAddress): string {
  const broken = params.broken === 'omit' ? 'omit' : undefined;
  const none = params.specialty === null && params.ownSpecialty !== null;
  const specialty = none ? NO_SPECIALTY : (params.specialty ?? undefined);
  return withQuery(base, { role: params.role, specialty, q: capped(params.q?.trim()), broken });
}

export function parseHandoutUrl(search: string): HandoutParams {
  const params = new URLSearchParams(search);
  const specialty = named(params, 'specialty');
  return {
    role: named(params, 'role'),
    specialty: specialty === NO_SPECIALTY ? null : specialty,
    q: capped(params.get('q')?.trim()),
    broken: params.get('broken') === 'omit' ? 'omit' : 'mark',
  };
}

/** How an address says "no specialty" (no specialty id is this word). */
const NO_SPECIALTY = 'none';

/** `base` with the given parameters, in their order, leaving out those that are empty. */
function withQuery(base: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams(Object.entries(params).filter((p): p is [string, string] => !!p[1]));
  return query.size === 0 ? base : `${base}?${query}`;
}

/** What an address names under `name` (a role, a specialty, an entry id), trimmed, if anything. */
const named = (params: URLSearchParams, name: string) => params.get(name)?.trim() || undefined;
