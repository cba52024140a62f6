/**
 * The search (lib/search, with fuse.js) as a chunk of its own: pages show their list without it
 * and load it in idle time or on the first keystroke. One load per page, shared by the list and
 * the share menu.
 */
type SearchModule = typeof import('../../lib/search');
let loading: Promise<SearchModule> | undefined;
let loaded: SearchModule | undefined;

export function loadSearch(): Promise<SearchModule> {
  loading ??= import('../../lib/search').then((module) => (loaded = module));
  return loading;
}

/** The search if it has loaded already, else undefined. */
export const loadedSearch = (): SearchModule | undefined => loaded;
