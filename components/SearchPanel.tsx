import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ALL_ROLES, catalogue, type Catalogue, type Entry, roleName } from '../lib/catalogue';
import { withPinned } from '../lib/pinned/lists';
import { flatItems, moveSelection, type PopupView } from '../lib/list/view';
import { clearRecent } from '../lib/platform/storage';
import { EmptyState } from './EmptyState';
import { recordOpen } from './recordOpen';
import { ResultStatus } from './ResultStatus';
import { SearchBox } from './SearchBox';
import { SectionList } from './SectionList';
import { useAutoFocus } from './useAutoFocus';
import { useMessages } from './useMessages';
import { usePinnedSections } from './usePinned';
import { useSearchView } from './useSearchView';

interface Props {
  role: string;
  query: string;
  onQueryChange: (query: string) => void;
  onOpen: (entry: Entry) => void;
  /** Esc on an empty search box: the popup closes itself. */
  onEscapeEmpty?: () => void;
  /** What to list and search; the popup adds the organisation's links (lib/managed-links.ts). */
  catalogue?: Catalogue;
  /** Shown instead of search results (the search page's "related to this entry" list). */
  pinnedView?: PopupView | null;
  /** Whether result links open a new tab; the full search page opens them in place. */
  newTab?: boolean;
  /** Shown above the search box; both stay in view while the list scrolls (the role bar). */
  header?: ComponentChildren;
}

/** Search box and list, driven entirely from the keyboard (Up/Down, Enter, Esc). */
export function SearchPanel({
  role,
  query,
  onQueryChange,
  onOpen,
  onEscapeEmpty,
  catalogue: cat = catalogue,
  pinnedView,
  newTab,
  header,
}: Props) {
  const m = useMessages();
  const [scopeAll, setScopeAll] = useState(false);
  const [selected, setSelected] = useState(-1);
  // Only a move with Up/Down is announced; while typing, the hit count is news enough.
  const [moved, setMoved] = useState(false);
  const inputRef = useAutoFocus<HTMLInputElement>();
  const scope = scopeAll ? ALL_ROLES : role;
  const searched = useSearchView(cat, scope, query);
  const pinned = usePinnedSections(cat);
  // Favourites and recent go above the role's groups while nothing is searched (lib/pinned.ts).
  const addPinned = (v: PopupView) => withPinned(v, query, pinned.sections);
  const view = pinnedView ?? addPinned(searched.view);
  const shownQuery = pinnedView ? query : searched.shownQuery;
  // Keys act on the results for the box's text, even when its search has not been shown yet.
  const currentItems = () => flatItems(pinnedView ?? addPinned(searched.current()));
  const focusSearch = () => inputRef.current?.focus();

  const setQuery = (q: string) => {
    setSelected(q.trim() === '' ? -1 : 0);
    setMoved(false);
    onQueryChange(q);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setSelected(moveSelection(selected, e.key === 'ArrowDown' ? 1 : -1, currentItems().length));
      setMoved(true);
    } else if (e.key === 'Enter') {
      const items = currentItems();
      const item = items[selected] ?? (query.trim() ? items[0] : undefined);
      if (item) {
        recordOpen(item.entry.id);
        onOpen(item.entry);
      }
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (query !== '') setQuery('');
      else onEscapeEmpty?.();
    }
  };

  return (
    <>
      <div class="top">
        {header}
        <SearchBox value={query} onChange={setQuery} onKeyDown={onKeyDown} inputRef={inputRef} />
      </div>
      {/* The query the shown list answers: a search still scheduled announces no stale count. */}
      <ResultStatus query={shownQuery} items={flatItems(view)} selected={moved ? selected : -1} />
      <EmptyState
        kind={view.empty}
        query={query}
        roleName={roleName(cat, role, m)}
        onSearchAll={() => setScopeAll(true)}
      />
      <div id="results" data-query={shownQuery}>
        <SectionList
          view={view}
          selected={selected}
          newTab={newTab}
          favourites={pinned.favourites}
          onClearRecent={() => void clearRecent().then(focusSearch)}
          onFavouriteRemoved={focusSearch}
        />
      </div>
    </>
  );
}
