/**
 * The addresses of Spes's own pages, in one place so every way in agrees on their shape: the
 * search page's `search.html?q=...&role=...&related=...`, which the omnibox, the context menu
 * and the page itself build and read; the handout's `handout.html?role=...&q=...&broken=omit`,
 * which the share menu builds and the handout reads and keeps up to date; and the cap on a query
 * any page address carries. Kept apart from lib/search, so building an address never loads the
 * search engine.
 */

export interface SearchParams {
  q: string;
  role?: string;
  /** A catalogue entry id: show that entry first, with its related entries. */
  related?: string;
}

/** The longest query the address carries; more than this is never a search anyone typed. */
const MAX_QUERY_LENGTH = 200;

/** `base` is the page's own URL without a query, e.g. runtime.getURL('/search.html'). */
export function buildSearchUrl(base: string, params: SearchParams): string {
  const search = new URLSearchParams();
  const q = params.q.trim().slice(0, MAX_QUERY_LENGTH);
  if (q !== '') search.set('q', q);
  if (params.role) search.set('role', params.role);
  if (params.related) search.set('related', params.related);
  return withQuery(base, search);
}

export function parseSearchUrl(search: string): SearchParams {
  const params = new URLSearchParams(search);
  const related = params.get('related')?.trim();
  return {
    q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    ...roleOf(params),
    ...(related ? { related } : {}),
  };
}

/** Whether the handout marks links that no longer work, or leaves them out. */
export type BrokenChoice = 'mark' | 'omit';

export interface HandoutParams {
  role?: string;
  /** A search: the handout lists its hits instead of the role's groups. */
  q: string;
  broken: BrokenChoice;
}

/** `base` is the page's own path or URL without a query, e.g. 'handout.html'. */
export function buildHandoutUrl(base: string, params: Partial<HandoutParams>): string {
  const search = new URLSearchParams();
  if (params.role) search.set('role', params.role);
  const q = (params.q ?? '').trim().slice(0, MAX_QUERY_LENGTH);
  if (q !== '') search.set('q', q);
  if (params.broken === 'omit') search.set('broken', 'omit');
  return withQuery(base, search);
}

export function parseHandoutUrl(search: string): HandoutParams {
  const params = new URLSearchParams(search);
  return {
    ...roleOf(params),
    q: (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH),
    broken: params.get('broken') === 'omit' ? 'omit' : 'mark',
  };
}

function withQuery(base: string, search: URLSearchParams): string {
  const query = search.toString();
  return query === '' ? base : `${base}?${query}`;
}

/** The role an address names, if any: pages check it against the catalogue (lib/policy). */
function roleOf(params: URLSearchParams): { role?: string } {
  const role = params.get('role')?.trim();
  return role ? { role } : {};
}
