import type { ComponentChildren, Ref } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import type { Catalogue, Entry } from '../../lib/catalogue';
import { roleName } from '../../lib/i18n';
import {
  flatItems,
  moveSelection,
  type EmptyState as Empty,
  type ListItem,
  type ListView,
} from '../../lib/list';
import { findSpecialty } from '../../lib/specialty';
import { Answers } from '../answers/Answers';
import { useAutoFocus } from '../page/useAutoFocus';
import { later } from '../page/later';
import { useMessages } from '../page/useMessages';
import { recordOpen } from './EntryLink';
import { SectionList } from './SectionList';
import { useListView } from './useListView';

interface Props {
  role: string;
  query: string;
  onQueryChange: (query: string) => void;
  onOpen: (entry: Entry) => void;
  /** Esc on an empty search box: the popup closes itself. */
  onEscapeEmpty?: () => void;
  /** What to list and search: the user view's catalogue, with the organisation's links. */
  catalogue: Catalogue;
  /** Shown instead of the list (the search page's "related to this entry" list). */
  relatedView?: ListView | null;
  /** Whether result links open a new tab; the full search page opens them in place. */
  newTab?: boolean;
  /** "Bytt rolle"; left out when the organisation has locked the role (lib/policy), or may have. */
  onChangeRole?: () => void;
  /** Says that the organisation has set the role. */
  roleLocked?: boolean;
  /** Shown above the role bar and the search box, which stay in view while the list scrolls. */
  header?: ComponentChildren;
  /** The user's specialty: its pages are a group at the top of the list, and first among hits. */
  specialty?: string | null;
  /** The specialty picker (components/specialty), shown beside the role. */
  specialtyPicker?: ComponentChildren;
  /** "Innstillinger" under the list: the entrypoint opens the options page its own way. */
  onOpenOptions?: () => void;
}

// Not on the first screen's path (docs/performance.md): they follow right after it.
const ShareMenu = later(() => import('../share/ShareMenu').then((m) => m.ShareMenu));
const NoGoodMatch = later(() => import('../specialty/NoGoodMatch').then((m) => m.NoGoodMatch));

/** Search box and list, driven entirely from the keyboard (Up/Down, Enter, Esc). */
export function SearchPanel(props: Props) {
  const { role, query, onQueryChange, onOpen, onEscapeEmpty, catalogue: cat, relatedView } = props;
  const m = useMessages();
  const [selected, setSelected] = useState(-1);
  // Only a move with Up/Down is announced; while typing, the hit count is news enough.
  const [moved, setMoved] = useState(false);
  const inputRef = useAutoFocus<HTMLInputElement>();
  const { view, shownQuery, current, favourites } = useListView(
    cat,
    role,
    query,
    props.specialty,
    relatedView,
  );
  const items = flatItems(view);
  const focusSearch = () => inputRef.current?.focus();
  const name = roleName(cat, role, m);
  // A new list (after a pick, for a new or pasted query) starts at its top, not where the role
  // picker or the last list was scrolled to.
  useLayoutEffect(() => document.scrollingElement?.scrollTo(0, 0), [shownQuery, role]);

  const setQuery = (q: string) => {
    setSelected(q.trim() === '' ? -1 : 0);
    setMoved(false);
    onQueryChange(q);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setSelected(moveSelection(selected, e.key === 'ArrowDown' ? 1 : -1, items.length));
      setMoved(true);
    } else if (e.key === 'Enter') {
      void current().then((now) => {
        const results = flatItems(now);
        const item = results[selected] ?? (query.trim() ? results[0] : undefined);
        if (!item) return;
        recordOpen(item.entry.id);
        onOpen(item.entry);
      });
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (query !== '') setQuery('');
      else onEscapeEmpty?.();
    }
  };

  return (
    <>
      <div class="top">
        {props.header}
        <div class="share-row">
          <RoleBar name={name} onChange={props.onChangeRole} locked={props.roleLocked} />
          <ShareMenu
            catalogue={cat}
            role={role}
            specialty={props.specialty ?? null}
            query={query}
            shownList={current}
            // As "Bytt rolle": no other role while the organisation has set the role, or may have.
            roleChoice={props.onChangeRole !== undefined}
          />
        </div>
        {props.specialtyPicker}
        <SearchBox query={query} onInput={setQuery} onKeyDown={onKeyDown} inputRef={inputRef} />
      </div>
      <ResultStatus query={shownQuery} items={items} selected={moved ? selected : -1} />
      {!relatedView && (
        <Answers
          query={shownQuery}
          role={role}
          specialtyName={findSpecialty(cat, props.specialty)?.name ?? null}
          newTab={props.newTab}
        />
      )}
      <EmptyState kind={view.empty} query={query} roleName={name} />
      {view.empty === 'no-hits' && (
        <NoGoodMatch
          catalogue={cat}
          query={query}
          role={role}
          offerSearchPage={props.newTab !== false}
          offerPicker={props.specialtyPicker !== undefined}
        />
      )}
      <div id="results" data-query={shownQuery}>
        <SectionList
          view={view}
          selected={selected}
          newTab={props.newTab}
          favourites={favourites}
          refocus={focusSearch}
        />
      </div>
      {props.onOpenOptions && (
        <p class="panel-foot">
          <button type="button" class="link-button" onClick={props.onOpenOptions}>
            {m.openOptions}
          </button>
        </p>
      )}
    </>
  );
}

/** The chosen role, always in view, and a one-click way to change it, or who has set it. */
function RoleBar({ name, onChange, locked }: { name: string; onChange?: () => void; locked?: boolean }) {
  const m = useMessages();
  return (
    <div class="role-bar">
      <span title={name}>
        {m.roleLabel} <strong data-testid="role-name">{name}</strong>
      </span>
      {onChange && (
        <button type="button" class="link-button" onClick={onChange}>
          {m.changeRole}
        </button>
      )}
      {locked && (
        <span class="hint" data-testid="role-locked">
          {m.roleLockedNote}
        </span>
      )}
    </div>
  );
}

/**
 * A labelled search box in a search landmark, not a combobox: the list below holds real links
 * with star buttons beside them, which combobox options cannot be. The hit count and the
 * Up/Down selection are announced by ResultStatus (#result-count, #selection-status).
 */
function SearchBox(props: {
  query: string;
  onInput: (query: string) => void;
  onKeyDown: (e: KeyboardEvent) => void;
  inputRef: Ref<HTMLInputElement>;
}) {
  const m = useMessages();
  return (
    <div class="search" role="search">
      <label for="search-input" class="visually-hidden">
        {m.searchLabel}
      </label>
      <input
        id="search-input"
        type="search"
        aria-describedby="result-count"
        placeholder={m.searchPlaceholder}
        autocomplete="off"
        spellcheck={false}
        ref={props.inputRef}
        value={props.query}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        onKeyDown={props.onKeyDown}
      />
    </div>
  );
}

/**
 * What a screen reader hears while focus stays in the search box: the number of hits as the
 * query changes, and the link that Up/Down has selected. No hits is said by EmptyState.
 */
function ResultStatus({ query, items, selected }: { query: string; items: ListItem[]; selected: number }) {
  const m = useMessages();
  const current = items[selected];
  return (
    <>
      <p id="result-count" class="visually-hidden" role="status">
        {query.trim() !== '' && items.length > 0 ? m.hitCount(items.length) : ''}
      </p>
      <p id="selection-status" class="visually-hidden" role="status">
        {current ? m.selectedOf(current.entry.title, selected + 1, items.length) : ''}
      </p>
    </>
  );
}

/**
 * Says plainly why the list is empty, or why it holds only other roles' links; never anything
 * the list under it contradicts.
 */
function EmptyState({ kind, query, roleName }: { kind: Empty; query: string; roleName: string }) {
  const m = useMessages();
  if (kind === null) return null;
  if (kind === 'no-hits-in-role') {
    return (
      <p class="empty" role="status">
        {m.noHitsInRole(roleName)}
      </p>
    );
  }
  const [before, after] = m.noHitsFor.split('{query}');
  return (
    <div class="empty" role="status">
      <p>
        {before}
        <span class="query">{query}</span>
        {after}
      </p>
      <p class="hint">{m.noHitsHint}</p>
    </div>
  );
}
