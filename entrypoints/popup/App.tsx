import { useState } from 'preact/hooks';
import { RoleScreen } from '../../components/list/RoleScreen';
import { useUserView } from '../../components/page/useUserView';
import type { Entry } from '../../lib/catalogue';
import { extensionApi } from '../../lib/platform';

function openEntry(entry: Entry): void {
  void extensionApi()
    .then((api) => api.tabs.create({ url: entry.url }))
    .then(() => window.close());
}

function openOptions(): void {
  void extensionApi()
    .then((api) => api.runtime.openOptionsPage())
    .then(() => window.close());
}

export function App() {
  const view = useUserView();
  const [query, setQuery] = useState('');
  if (view === undefined) return <main aria-busy="true" />;
  return (
    <main>
      <RoleScreen
        view={view}
        // A page title for screen reader users' heading navigation; sighted users know where they are.
        header={<h1 class="visually-hidden">Spes</h1>}
        query={query}
        onQueryChange={setQuery}
        onOpen={openEntry}
        onEscapeEmpty={() => window.close()}
        onOpenOptions={openOptions}
      />
    </main>
  );
}
