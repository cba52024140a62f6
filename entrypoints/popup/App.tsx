import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { RoleBar } from '../../components/RoleBar';
import { RolePicker } from '../../components/RolePicker';
import { SearchPanel } from '../../components/SearchPanel';
import { useManagedSettings } from '../../components/useManagedSettings';
import { useMessages } from '../../components/useMessages';
import { usePreferences } from '../../components/usePreferences';
import { type Entry, roleName } from '../../lib/catalogue';
import { effectiveRole } from '../../lib/policy/settings';
import { saveRole } from '../../lib/platform/storage';

function openEntry(entry: Entry): void {
  void browser.tabs.create({ url: entry.url }).then(() => window.close());
}

export function App() {
  const prefs = usePreferences();
  const m = useMessages();
  const managed = useManagedSettings();
  const [picking, setPicking] = useState(false);
  const [query, setQuery] = useState('');
  if (prefs === undefined || managed === undefined) return <main aria-busy="true" />;

  const { catalogue } = managed;
  const { role, locked } = effectiveRole(prefs.role, managed.settings);
  if (role === null || (picking && !locked)) {
    return (
      <main>
        <RolePicker
          catalogue={catalogue}
          current={role}
          onPick={(picked) => void saveRole(picked).then(() => setPicking(false))}
        />
      </main>
    );
  }
  return (
    <main>
      <SearchPanel
        header={
          <>
            {/* A page title for screen reader users' heading navigation; sighted users know where they are. */}
            <h1 class="visually-hidden">Spes</h1>
            <RoleBar
              name={roleName(catalogue, role, m)}
              onChange={locked ? undefined : () => setPicking(true)}
            />
          </>
        }
        catalogue={catalogue}
        role={role}
        query={query}
        onQueryChange={setQuery}
        onOpen={openEntry}
        onEscapeEmpty={() => window.close()}
      />
    </main>
  );
}
