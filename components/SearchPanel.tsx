import { useMemo, useState } from 'preact/hooks';
import { catalogue, type Catalogue, type Entry } from '../lib/catalogue';
import { buildView, flatItems, moveSelection, type PopupView } from '../lib/popup-view';
import { ALL_ROLES, roleName } from '../lib/role-view';
import { createSearcher } from '../lib/search';
import { EmptyState } from './EmptyState';
import { SectionList, itemDomId } from './SectionList';
import { useAutoFocus } from './useAutoFocus';

const bundledSearcher = createSearcher(catalogue);

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
}: Props) {
  const [scopeAll, setScopeAll] = useState(false);
  const [selected, setSelected] = useState(-1);
  const inputRef = useAutoFocus<HTMLInputElement>();
  const scope = scopeAll ? ALL_ROLES : role;
  const searcher = useMemo(() => (cat === catalogue ? bundledSearcher : createSearcher(cat)), [cat]);
  const view = useMemo(
    () => pinnedView ?? buildView(cat, searcher, scope, query),
    [pinnedView, cat, searcher, scope, query],
  );
  const items = flatItems(view);

  const setQuery = (q: string) => {
    setSelected(q.trim() === '' ? -1 : 0);
    onQueryChange(q);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setSelected(moveSelection(selected, e.key === 'ArrowDown' ? 1 : -1, items.length));
    } else if (e.key === 'Enter') {
      const item = items[selected] ?? (query.trim() ? items[0] : undefined);
      if (item) onOpen(item.entry);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (query !== '') setQuery('');
      else onEscapeEmpty?.();
    }
  };

  return (
    <>
      <div class="search">
        <label for="search-input" class="visually-hidden">
          Søk i veiledningen
        </label>
        <input
          id="search-input"
          type="search"
          role="combobox"
          list={undefined}
          aria-expanded="true"
          aria-controls="results"
          aria-activedescendant={selected >= 0 ? itemDomId(selected) : undefined}
          placeholder="Søk: ALIS, læringsmål, veileder …"
          autocomplete="off"
          spellcheck={false}
          ref={inputRef}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <EmptyState
        kind={view.empty}
        query={query}
        roleName={roleName(cat, role)}
        onSearchAll={() => setScopeAll(true)}
      />
      <div id="results">
        <SectionList view={view} selected={selected} newTab={newTab} />
      </div>
    </>
  );
}
