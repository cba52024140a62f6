import { useEffect, useMemo, useState } from 'preact/hooks';
import { RoleBar } from '../../components/RoleBar';
import { RolePicker } from '../../components/RolePicker';
import { SearchPanel } from '../../components/SearchPanel';
import { useManagedSettings } from '../../components/useManagedSettings';
import { useMessages } from '../../components/useMessages';
import { usePreferences } from '../../components/usePreferences';
import { ALL_ROLES, type Entry, roleName } from '../../lib/catalogue';
import { effectiveRole } from '../../lib/policy/settings';
import { buildRelatedView } from '../../lib/related/view';
import { buildSearchUrl, parseSearchUrl } from '../../lib/search';
import { isRoleChoice, saveRole } from '../../lib/platform/storage';

const initial = parseSearchUrl(location.search);

// A result replaces this page, as any link would; Back returns to the search as it was left.
function openEntry(entry: Entry): void {
  location.assign(entry.url);
}

/** The popup's search as a full page: `search.html?q=...&role=...&related=<entry id>`. */
export function App() {
  const prefs = usePreferences();
  const managed = useManagedSettings();
  const m = useMessages();
  const [query, setQuery] = useState(initial.q);
  // A role in the address wins over the stored one (unless policy locks it), so a deep link
  // shows what it promises.
  const [linkedRole, setLinkedRole] = useState(isRoleChoice(initial.role) ? initial.role : undefined);
  const [related, setRelated] = useState(initial.related);
  const [picking, setPicking] = useState(false);
  const policy = managed && prefs ? effectiveRole(prefs.role, managed.settings) : undefined;
  const role = (policy?.locked ? policy.role : linkedRole) ?? policy?.role ?? ALL_ROLES;
  const cat = managed?.catalogue;
  const pinned = useMemo(
    () => (cat && related ? buildRelatedView(cat, role, related) : null),
    [cat, related, role],
  );

  useEffect(() => {
    const url = buildSearchUrl(location.pathname, { q: query, role: linkedRole, related });
    history.replaceState(null, '', url);
    document.title = query.trim() ? `${query.trim()} – Spes` : m.searchPageTitle;
  }, [query, linkedRole, related, m]);

  if (policy === undefined || cat === undefined) return <main aria-busy="true" />;
  if (picking && !policy.locked) {
    const pick = (picked: string) => {
      setLinkedRole(picked);
      setPicking(false);
      void saveRole(picked);
    };
    return (
      <main>
        <RolePicker catalogue={cat} current={role} onPick={pick} />
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
      <SearchPanel
        header={
          <RoleBar
            name={roleName(cat, role, m)}
            onChange={policy.locked ? undefined : () => setPicking(true)}
          />
        }
        catalogue={cat}
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
