import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SearchPanel } from '../../components/list/SearchPanel';
import { useMessages } from '../../components/page/useMessages';
import { useUserView } from '../../components/page/useUserView';
import { RoleBar } from '../../components/role/RoleBar';
import { ShareMenu } from '../../components/share/ShareMenu';
import { RolePicker } from '../../components/role/RolePicker';
import { roleName, type Entry } from '../../lib/catalogue';
import { saveRole } from '../../lib/prefs';

function openEntry(entry: Entry): void {
  void browser.tabs.create({ url: entry.url }).then(() => window.close());
}

export function App() {
  const view = useUserView();
  const m = useMessages();
  const [picking, setPicking] = useState(false);
  const [query, setQuery] = useState('');
  if (view === undefined) return <main aria-busy="true" />;

  const { role, locked, catalogue } = view;
  if (role === null || (picking && !locked)) {
    return (
      <main>
        <RolePicker
          catalogue={catalogue}
          current={role}
          onPick={(picked) => void saveRole(picked).then(() => setPicking(false))}
          onCancel={role === null ? undefined : () => setPicking(false)}
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
            <div class="share-row">
              <RoleBar
                name={roleName(catalogue, role, m)}
                onChange={locked ? undefined : () => setPicking(true)}
              />
              <ShareMenu catalogue={catalogue} role={role} query={query} />
            </div>
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
