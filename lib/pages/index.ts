/**
 * The addresses of Spes's own pages, in one place so every way in agrees on their shape: the
 * search page's `search.html?q=...&role=...&related=...`, which the omnibox, the context menu
 * and the page itself build and read, and the cap on a query any page address carries. Kept
 * apart from lib/search, so building an address never loads the search engine.
 */

export interface SearchParams {
  q: string;
  role?: string;
  /** A catalogue entry id: show that entry first, with its related entries. */
  related?: string;
}

/** The longest query the address carries; more than this is never a search anyone typed. */
export const MAX_QUERY_LENGTH = 200;

/** `base` is the page's own URL without a query, e.g. runtime.getURL('/search.html'). */
export function buildSearchUrl(base: string, params: SearchParams): string {
  const search = new URLSearchParams();
  const q = params.q.trim().slice(0, MAX_QUERY_LENGTH);
  if (q !== '') search.set('q', q);
  if (params.role) search.set('role', params.role);
  if (params.related) search.set('related', params.related);
  const query = search.toString();
  return query === '' ? base : `${base}?${query}`;
}

export function parseSearchUrl(search: string): SearchParams {
  const params = new URLSearchParams(search);
  const role = params.get('role')?.trim();
  const related = params.get('related')?.trim();
  return {
    q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    ...(role ? { role } : {}),
    ...(related ? { related } : {}),
  };
}
