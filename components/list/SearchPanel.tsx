import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { findSpecialty, type Entry } from '../../lib/catalogue';
import { roleName } from '../../lib/i18n';
import { flatItems, moveSelection, type ListView } from '../../lib/list';
import type { UserView } from '../../lib/policy';
import { saveSpecialty } from '../../lib/prefs';
import { Answers } from '../answers/Answers';
import { useInDocumentEffect } from '../page/useInDocumentEffect';
import { later } from '../page/later';
import { useMessages } from '../page/useMessages';
import { SpecialtyPicker } from '../specialty/SpecialtyPicker';
import { recordOpen } from './EntryLink';
import { SectionList } from './SectionList';
import { useListView } from './useListView';

interface Props {
  /** The user view's catalogue (with the organisation's links), specialty, and role lock. */
  view: Pick<UserView, 'catalogue' | 'specialty' | 'locked' | 'provisional'>;
  role: string;
  query: string;
  onQueryChange: (query: string) => void;
  onOpen: (entry: Entry) => void;
  /** Esc on an empty search box: the popup closes itself. */
  onEscapeEmpty?: () => void;
  /** Shown instead of the list (the search page's "related to this entry" list). */
  relatedView?: ListView | null;
  /** Whether result links open a new tab; the full search page opens them in place. */
  newTab?: boolean;
  /** "Bytt rolle"; not offered while the organisation has set the role, or may have (lib/policy). */
  onChangeRole: () => void;
  /** "Innstillinger" under the list: the entrypoint opens the options page its own way. */
  onOpenOptions: () => void;
}

// Not on the first screen's path (docs/performance.md): they follow right after it.
const ShareMenu = later(() => import('../share/ShareMenu').then((m) => m.ShareMenu));
const NoGoodMatch = later(() => import('../specialty/NoGoodMatch').then((m) => m.NoGoodMatch));

/**
 * The role bar, the specialty picker, the search box and the list, driven entirely from the
 * keyboard (Up/Down, Enter, Esc).
 */
export function SearchPanel(props: Props) {
  const { role, query, onQueryChange, onOpen, onEscapeEmpty, relatedView } = props;
  const { catalogue: cat, specialty, locked, provisional } = props.view;
  // Nobody may change a role the organisation has set, or may have set (lib/policy/user-view.ts).
  const roleChoice = !locked && !provisional;
  const newTab = props.newTab !== false;
  const m = useMessages();
  const [selected, setSelected] = useState(-1);
  // Only a move with Up/Down is announced; while typing, the hit count is news enough.
  const [moved, setMoved] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  // Focused before the first paint, not after it: a key pressed as the popup opens must land in
  // the box. (The autofocus attribute would wait for the frame itself.)
  useInDocumentEffect(inputRef, () => inputRef.current?.focus(), []);
  const { view, shownQuery, current, favourites } = useListView(cat, role, query, specialty, relatedView);
  const items = flatItems(view);
  const name = roleName(cat, role, m);
  const announced = moved ? items[selected] : undefined;
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
        <div class="share-row">
          {/* The chosen role, always in view, and a one-click way to change it, or who has set it. */}
          <div class="role-bar">
            <span title={name}>
              {m.roleLabel} <strong data-testid="role-name">{name}</strong>
            </span>
            {roleChoice && (
              <button type="button" class="link-button" onClick={props.onChangeRole}>
                {m.changeRole}
              </button>
            )}
            {locked && !provisional && (
              <span class="hint" data-testid="role-locked">
                {m.roleLockedNote}
              </span>
            )}
          </div>
          <ShareMenu
            catalogue={cat}
            role={role}
            specialty={specialty}
            query={query}
            shownList={current}
            roleChoice={roleChoice}
          />
        </div>
        <SpecialtyPicker catalogue={cat} current={specialty} onPick={(s) => void saveSpecialty(s)} />
        {/* A labelled search box in a search landmark, not a combobox: the list below holds real
            links with star buttons beside them, which combobox options cannot be. */}
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
            ref={inputRef}
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
            onKeyDown={onKeyDown}
          />
        </div>
      </div>
      {/* What a screen reader hears while focus stays in the box: the number of hits as the query
          changes, and the link that Up/Down has selected. No hits is said by EmptyState. */}
      <p id="result-count" class="visually-hidden" role="status">
        {shownQuery.trim() !== '' && items.length > 0 ? m.hitCount(items.length) : ''}
      </p>
      <p id="selection-status" class="visually-hidden" role="status">
        {announced ? m.selectedOf(announced.entry.title, selected + 1, items.length) : ''}
      </p>
      {!relatedView && (
        <Answers
          query={shownQuery}
          role={role}
          specialtyName={findSpecialty(cat, specialty)?.name ?? null}
          newTab={newTab}
        />
      )}
      <EmptyState kind={view.empty} query={query} roleName={name} />
      {view.empty === 'no-hits' && (
        <NoGoodMatch catalogue={cat} query={query} role={role} offerSearchPage={newTab} />
      )}
      <div id="results" data-query={shownQuery}>
        <SectionList
          view={view}
          selected={selected}
          newTab={newTab}
          favourites={favourites}
          refocus={() => inputRef.current?.focus()}
        />
      </div>
      <p class="panel-foot">
        <button type="button" class="link-button" onClick={props.onOpenOptions}>
          {m.openOptions}
        </button>
      </p>
    </>
  );
}

/**
 * Says plainly why the list is empty, or why it holds only other roles' links; never anything
 * the list under it contradicts.
 */
function EmptyState({ kind, query, roleName }: { kind: ListView['empty']; query: string; roleName: string }) {
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
