import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Catalogue } from '../../lib/catalogue';
import { buildListView, type ListView } from '../../lib/list';
import { favouritesItem, recentItem } from '../../lib/pinned';
import { whenIdle } from '../page/later';
import { useLive } from '../page/useLive';

// The search (lib/search, with fuse.js) is a chunk of its own, which the browser loads once per page.
let loaded: typeof import('../../lib/search') | undefined;
const loadSearch = () => import('../../lib/search').then((module) => (loaded = module));

/**
 * The list on screen: the role's groups (with favourites and recent, kept live) for an empty box,
 * else the hits, or the `related` list a page shows instead. `shownQuery` is the query it answers
 * ('' while the search loads: no stale count is announced); `current()` is the list for the box's
 * text now, waiting for the search if a key beat it: what Enter opens and the share menu hands on.
 * The search loads in idle time after the first paint, or on the first key if sooner; the box
 * keeps every key meanwhile. Loaded, it takes well under a millisecond at the real scale, so it
 * runs on the keystroke.
 */
export function useListView(
  cat: Catalogue,
  role: string,
  query: string,
  specialty: string | null = null,
  related: ListView | null = null,
) {
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
  const current = async (): Promise<ListView> => {
    if (related) return related;
    if (!searching || searcher) return view;
    return buildListView(cat, role, query, (await loadSearch()).searcherFor(cat), pinned, specialty);
  };
  const shownQuery = related || searcher ? query : '';
  return { view: related ?? view, shownQuery, current, favourites: pinned.favourites };
}
