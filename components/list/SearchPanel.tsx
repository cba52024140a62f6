import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { Catalogue, Entry } from '../../lib/catalogue';
import { roleName } from '../../lib/i18n';
import { flatItems, moveSelection, type ListView } from '../../lib/list';
import { clearRecent, favouritesItem, recentItem } from '../../lib/pinned';
import { Answers } from '../answers/Answers';
import { RoleBar } from '../role/RoleBar';
import { findSpecialty } from '../../lib/specialty';
import { NoGoodMatch } from '../specialty/NoGoodMatch';
import { ShareMenu } from '../share/ShareMenu';
import { useAutoFocus } from '../page/useAutoFocus';
import { useLive } from '../page/useLive';
import { useMessages } from '../page/useMessages';
import { EmptyState } from './EmptyState';
import { recordOpen } from './recordOpen';
import { ResultStatus } from './ResultStatus';
import { SearchBox } from './SearchBox';
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

/** Favourite and recently opened ids, kept live: a star or an open shows at once. */
function usePinned() {
  const favourites = useLive(favouritesItem)?.ids;
  const recent = useLive(recentItem)?.ids;
  return useMemo(() => ({ favourites: favourites ?? [], recent: recent ?? [] }), [favourites, recent]);
}

/** Search box and list, driven entirely from the keyboard (Up/Down, Enter, Esc). */
export function SearchPanel(props: Props) {
  const { role, query, onQueryChange, onOpen, onEscapeEmpty, catalogue: cat, relatedView } = props;
  const m = useMessages();
  const [selected, setSelected] = useState(-1);
  // Only a move with Up/Down is announced; while typing, the hit count is news enough.
  const [moved, setMoved] = useState(false);
  const inputRef = useAutoFocus<HTMLInputElement>();
  const pinned = usePinned();
  const listed = useListView(cat, role, query, pinned, props.specialty);
  const view = relatedView ?? listed.view;
  // The query the shown list answers: a search still loading announces no stale count.
  const shownQuery = relatedView ? query : listed.shownQuery;
  const items = flatItems(view);
  const focusSearch = () => inputRef.current?.focus();
  const name = roleName(cat, role, m);
  // The results for the box's text, even when its search has not been shown yet: what Enter
  // opens and what the share menu hands on.
  const current = () => (relatedView ? Promise.resolve(relatedView) : listed.current());
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
        <SearchBox value={query} onChange={setQuery} onKeyDown={onKeyDown} inputRef={inputRef} />
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
          favourites={new Set(pinned.favourites)}
          onClearRecent={() => void clearRecent().then(focusSearch)}
          onFavouriteRemoved={focusSearch}
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
