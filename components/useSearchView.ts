/**
 * The popup's view for a query. The role's list needs no index, so the popup opens without one;
 * the index is built in idle time after the first paint, or by the first search. A search that
 * fits in half a frame runs at once, before the keystroke's frame is painted. Once one took
 * longer (10,000 entries), searches move to the next task: the box echoes every key at once and
 * a newer query replaces a search not yet started, so a fast typist never waits for stale ones.
 */
import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { Catalogue } from '../lib/catalogue';
import { buildView, type PopupView } from '../lib/list/view';
import { createSearcher, type Searcher } from '../lib/search';

const searchers = new WeakMap<Catalogue, Searcher>();
const HALF_FRAME_MS = 8;
let searchesAreSlow = false;

function searcherFor(cat: Catalogue): Searcher {
  let searcher = searchers.get(cat);
  if (!searcher) searchers.set(cat, (searcher = createSearcher(cat)));
  return searcher;
}

// No search happens for an empty query, so the list view never needs the index.
const noSearch: Searcher = { search: () => [] };

interface Shown {
  cat: Catalogue;
  scope: string;
  query: string;
  view: PopupView;
}

/** The view on screen, the query it answers, and `current()` for keys that act on the list. */
export function useSearchView(cat: Catalogue, scope: string, query: string) {
  const listView = useMemo(() => buildView(cat, noSearch, scope, ''), [cat, scope]);
  const [searched, setSearched] = useState<Shown | null>(null);
  const searching = query.trim() !== '';
  const search = (): Shown => {
    const start = performance.now();
    const view = buildView(cat, searcherFor(cat), scope, query);
    searchesAreSlow = performance.now() - start > HALF_FRAME_MS;
    return { cat, scope, query, view };
  };

  useLayoutEffect(() => {
    if (!searching) return prebuildWhenIdle(cat);
    if (!searchesAreSlow) return setSearched(search());
    const timer = setTimeout(() => setSearched(search()));
    return () => clearTimeout(timer);
  }, [cat, scope, query]); // search() reads exactly these

  const fresh = searched !== null && searched.cat === cat && searched.scope === scope;
  const shown = !searching ? { query, view: listView } : fresh ? searched : { query: '', view: listView };
  /** The view for the box's current text, searched now if the scheduled search has not run yet. */
  const current = (): PopupView => {
    if (!searching) return listView;
    if (fresh && searched.query === query) return searched.view;
    const now = search();
    setSearched(now);
    return now.view;
  };
  return { view: shown.view, shownQuery: shown.query, current };
}

function prebuildWhenIdle(cat: Catalogue): () => void {
  if (searchers.has(cat)) return () => undefined;
  const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 50));
  const cancel = globalThis.cancelIdleCallback ?? clearTimeout;
  const handle = idle(() => searcherFor(cat));
  return () => cancel(handle);
}
