/**
 * What the list shows for the box's text: the role's groups (with favourites and recent) while it
 * is empty, else the hits. The search (lib/search, with fuse.js) is its own chunk: a page opens
 * and shows its list without it, loads it in idle time after the first paint, or on the first
 * keystroke if that comes sooner; the box keeps every key meanwhile. Once loaded, a search takes
 * well under a millisecond at the real scale, so it runs on the keystroke.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Catalogue } from '../../lib/catalogue';
import { buildRoleView, buildSearchView, type ListView, type Pinned } from '../../lib/list';

import { loadedSearch, loadSearch } from './searchModule';

/** The list for `query`; `shownQuery` is the query it answers ('' until the search has loaded). */
export function useListView(cat: Catalogue, role: string, query: string, pinned: Pinned) {
  const [search, setSearch] = useState(loadedSearch);
  const searching = query.trim() !== '';
  const roleView = useMemo(() => buildRoleView(cat, role, pinned), [cat, role, pinned]);
  const searchView = useMemo(
    () => (searching && search ? buildSearchView(search.searcherFor(cat), role, query) : null),
    [cat, role, query, searching, search],
  );
  useEffect(() => {
    if (search) return searching ? undefined : prebuildWhenIdle(() => search.searcherFor(cat));
    if (searching) void loadSearch().then(setSearch);
    else return prebuildWhenIdle(() => void loadSearch().then(setSearch));
    return undefined;
  }, [cat, searching, search]);
  const view: ListView = searchView ?? roleView;
  /** The list for the box's text now, waiting for the search if a key beat it (Enter on "alis"). */
  const current = async (): Promise<ListView> => {
    if (!searching) return roleView;
    if (searchView) return searchView;
    return buildSearchView((await loadSearch()).searcherFor(cat), role, query);
  };
  return { view, shownQuery: searchView ? query : '', current };
}

function prebuildWhenIdle(work: () => unknown): () => void {
  const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 50));
  const cancel = globalThis.cancelIdleCallback ?? clearTimeout;
  const handle = idle(() => void work());
  return () => cancel(handle);
}
