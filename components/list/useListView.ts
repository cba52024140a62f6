/**
 * What the list shows for the box's text: the role's groups (with favourites and recent) while it
 * is empty, else the hits. The role's list needs no index, so a page opens without one; the index
 * is built in idle time after the first paint, or by the first search. At the real scale (a few
 * hundred entries at most) a search takes well under a millisecond, so it runs on the keystroke.
 */
import { useEffect, useMemo } from 'preact/hooks';
import type { Catalogue } from '../../lib/catalogue';
import { buildRoleView, buildSearchView, type ListView, type Pinned } from '../../lib/list';
import { hasSearcher, searcherFor } from '../../lib/search';

export function useListView(cat: Catalogue, role: string, query: string, pinned: Pinned): ListView {
  const searching = query.trim() !== '';
  const roleView = useMemo(() => buildRoleView(cat, role, pinned), [cat, role, pinned]);
  const searchView = useMemo(
    () => (searching ? buildSearchView(searcherFor(cat), role, query) : null),
    [cat, role, query, searching],
  );
  useEffect(() => (searching ? undefined : prebuildWhenIdle(cat)), [cat, searching]);
  return searchView ?? roleView;
}

function prebuildWhenIdle(cat: Catalogue): (() => void) | undefined {
  if (hasSearcher(cat)) return undefined;
  const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 50));
  const cancel = globalThis.cancelIdleCallback ?? clearTimeout;
  const handle = idle(() => searcherFor(cat));
  return () => cancel(handle);
}
