import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Catalogue } from '../../lib/catalogue';
import { buildListView, type ListView } from '../../lib/list';
import { favouritesItem, recentItem } from '../../lib/pinned';
import { useLive } from '../page/useLive';

/**
 * Runs `work` once the page is idle; returns the cancel, for an effect's cleanup. Where there is
 * no requestIdleCallback, a short timer stands in, late enough to come after the first paint.
 */
export function whenIdle(work: () => void): () => void {
  const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 50));
  const cancel = globalThis.cancelIdleCallback ?? clearTimeout;
  const handle = idle(() => work());
  return () => cancel(handle);
}

// The search (lib/search, with fuse.js) is a chunk of its own, loaded once per page.
type SearchModule = typeof import('../../lib/search');
let loading: Promise<SearchModule> | undefined;
let loaded: SearchModule | undefined;
const loadSearch = () => (loading ??= import('../../lib/search').then((module) => (loaded = module)));

/**
 * What the list shows for the box's text: the role's groups (with favourites and recent) while it
 * is empty, else the hits; `shownQuery` is the query it answers ('' until the search has loaded).
 * Favourites and recently opened ids are kept live: a star or an open shows at once.
 * A page shows its list without the search, loads it in idle time after the first paint, or on
 * the first keystroke if that comes sooner; the box keeps every key meanwhile. Once loaded, a
 * search takes well under a millisecond at the real scale, so it runs on the keystroke.
 */
export function useListView(cat: Catalogue, role: string, query: string, specialty: string | null = null) {
  const favourites = useLive(favouritesItem)?.ids;
  const recent = useLive(recentItem)?.ids;
  const pinned = useMemo(
    () => ({ favourites: favourites ?? [], recent: recent ?? [] }),
    [favourites, recent],
  );
  const [search, setSearch] = useState(() => loaded);
  const searching = query.trim() !== '';
  // Asked for only with a query: building the index is idle-time work otherwise (below).
  const searcher = searching ? search?.searcherFor(cat) : undefined;
  const view = useMemo(
    () => buildListView(cat, role, query, searcher, pinned, specialty),
    [cat, role, query, searcher, pinned, specialty],
  );
  useEffect(() => {
    if (search) return searching ? undefined : whenIdle(() => search.searcherFor(cat));
    if (searching) void loadSearch().then(setSearch);
    else return whenIdle(() => void loadSearch().then(setSearch));
    return undefined;
  }, [cat, searching, search]);
  /** The list for the box's text now, waiting for the search if a key beat it (Enter on "alis"). */
  const current = async (): Promise<ListView> => {
    if (!searching || searcher) return view;
    return buildListView(cat, role, query, (await loadSearch()).searcherFor(cat), pinned, specialty);
  };
  return { view, shownQuery: searcher ? query : '', current, favourites: pinned.favourites };
}
