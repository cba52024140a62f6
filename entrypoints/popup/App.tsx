import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { RoleBar } from '../../components/RoleBar';
import { RolePicker } from '../../components/RolePicker';
import { SearchPanel } from '../../components/SearchPanel';
import { usePreferences } from '../../components/usePreferences';
import { catalogue, type Entry } from '../../lib/catalogue';
import { roleName } from '../../lib/role-view';
import { saveRole } from '../../lib/storage';

function openEntry(entry: Entry): void {
  void browser.tabs.create({ url: entry.url }).then(() => window.close());
}

export function App() {
  const prefs = usePreferences();
  const [picking, setPicking] = useState(false);
  const [query, setQuery] = useState('');
  if (prefs === undefined) return <main aria-busy="true" />;

  const role = prefs.role;
  if (role === null || picking) {
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
      <RoleBar name={roleName(catalogue, role)} onChange={() => setPicking(true)} />
      <SearchPanel
        role={role}
        query={query}
        onQueryChange={setQuery}
        onOpen={openEntry}
        onEscapeEmpty={() => window.close()}
      />
    </main>
  );
}
