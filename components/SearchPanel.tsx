import { useMemo, useState } from 'preact/hooks';
import { catalogue, type Entry } from '../lib/catalogue';
import { buildView, flatItems, moveSelection } from '../lib/popup-view';
import { ALL_ROLES, roleName } from '../lib/role-view';
import { createSearcher } from '../lib/search';
import { EmptyState } from './EmptyState';
import { SectionList, itemDomId } from './SectionList';
import { useAutoFocus } from './useAutoFocus';

const searcher = createSearcher(catalogue);

interface Props {
  role: string;
  query: string;
  onQueryChange: (query: string) => void;
  onOpen: (entry: Entry) => void;
  /** Esc on an empty search box: the popup closes itself. */
  onEscapeEmpty?: () => void;
}

/** Search box and list, driven entirely from the keyboard (Up/Down, Enter, Esc). */
export function SearchPanel({ role, query, onQueryChange, onOpen, onEscapeEmpty }: Props) {
  const [scopeAll, setScopeAll] = useState(false);
  const [selected, setSelected] = useState(-1);
  const inputRef = useAutoFocus<HTMLInputElement>();
  const scope = scopeAll ? ALL_ROLES : role;
  const view = useMemo(() => buildView(catalogue, searcher, scope, query), [scope, query]);
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
        roleName={roleName(catalogue, role)}
        onSearchAll={() => setScopeAll(true)}
      />
      <div id="results">
        <SectionList view={view} selected={selected} />
      </div>
    </>
  );
}
