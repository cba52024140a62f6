import { useEffect, useMemo, useState } from 'preact/hooks';
import { RoleBar } from '../../components/RoleBar';
import { RolePicker } from '../../components/RolePicker';
import { SearchPanel } from '../../components/SearchPanel';
import { usePreferences } from '../../components/usePreferences';
import { catalogue, type Entry } from '../../lib/catalogue';
import { buildRelatedView } from '../../lib/related-view';
import { ALL_ROLES, roleName } from '../../lib/role-view';
import { buildSearchUrl, parseSearchUrl } from '../../lib/search-url';
import { isRoleChoice, saveRole } from '../../lib/storage';

const initial = parseSearchUrl(location.search);

// A result replaces this page, as any link would; Back returns to the search as it was left.
function openEntry(entry: Entry): void {
  location.assign(entry.url);
}

/** The popup's search as a full page: `search.html?q=...&role=...&related=<entry id>`. */
export function App() {
  const prefs = usePreferences();
  const [query, setQuery] = useState(initial.q);
  // A role in the address wins over the stored one, so a deep link shows what it promises.
  const [linkedRole, setLinkedRole] = useState(isRoleChoice(initial.role) ? initial.role : undefined);
  const [related, setRelated] = useState(initial.related);
  const [picking, setPicking] = useState(false);
  const role = linkedRole ?? prefs?.role ?? ALL_ROLES;
  const pinned = useMemo(
    () => (related ? buildRelatedView(catalogue, role, related) : null),
    [related, role],
  );

  useEffect(() => {
    const url = buildSearchUrl(location.pathname, { q: query, role: linkedRole, related });
    history.replaceState(null, '', url);
    document.title = query.trim() ? `${query.trim()} – Spes` : 'Spes: søk i veiledningen';
  }, [query, linkedRole, related]);

  if (prefs === undefined) return <main aria-busy="true" />;
  if (picking) {
    const pick = (picked: string) => {
      setLinkedRole(picked);
      setPicking(false);
      void saveRole(picked);
    };
    return (
      <main>
        <RolePicker catalogue={catalogue} current={role} onPick={pick} />
      </main>
    );
  }
  const changeQuery = (q: string) => {
    setQuery(q);
    // Typing starts a new search; the list of an entry's relatives no longer applies.
    setRelated(undefined);
  };
  return (
    <main>
      <h1>Spes</h1>
      <RoleBar name={roleName(catalogue, role)} onChange={() => setPicking(true)} />
      <SearchPanel
        role={role}
        query={query}
        onQueryChange={changeQuery}
        onOpen={openEntry}
        pinnedView={pinned}
        newTab={false}
      />
    </main>
  );
}
