import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SearchPanel } from '../../components/list/SearchPanel';
import { useUserView } from '../../components/page/useUserView';
import { later } from '../../components/page/later';
import { SpecialtyPicker } from '../../components/specialty/SpecialtyPicker';
import type { Entry } from '../../lib/catalogue';
import { saveRole, saveSpecialty } from '../../lib/prefs';

// Only the first open, and "Bytt rolle", show it; every other open paints the list without it.
const RolePicker = later(() => import('../../components/role/RolePicker').then((m) => m.RolePicker));

function openEntry(entry: Entry): void {
  void browser.tabs.create({ url: entry.url }).then(() => window.close());
}

function openOptions(): void {
  void browser.runtime.openOptionsPage().then(() => window.close());
}

export function App() {
  const view = useUserView();
  const [picking, setPicking] = useState(false);
  const [query, setQuery] = useState('');
  if (view === undefined) return <main aria-busy="true" />;

  const { role, locked, catalogue, provisional, specialty } = view;
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
        // A page title for screen reader users' heading navigation; sighted users know where they are.
        header={<h1 class="visually-hidden">Spes</h1>}
        onChangeRole={locked || provisional ? undefined : () => setPicking(true)}
        roleLocked={locked && !provisional}
        catalogue={catalogue}
        role={role}
        specialty={specialty}
        specialtyPicker={
          <SpecialtyPicker catalogue={catalogue} current={specialty} onPick={(s) => void saveSpecialty(s)} />
        }
        query={query}
        onQueryChange={setQuery}
        onOpen={openEntry}
        onEscapeEmpty={() => window.close()}
        onOpenOptions={openOptions}
      />
    </main>
  );
}
