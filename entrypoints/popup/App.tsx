import { useState } from 'preact/hooks';
import { RoleScreen } from '../../components/list/RoleScreen';
import type { PageApp } from '../../components/page/mount';
import { extensionApi } from '../../lib/platform';

/** Closes the popup once the browser has done what it was asked. */
const closeAfter = (done: Promise<unknown>) => void done.then(() => window.close());

export const App: PageApp = ({ view }) => {
  const [query, setQuery] = useState('');
  return (
    <>
      {/* A page title for screen reader users' heading navigation; sighted users know where they are. */}
      <h1 class="visually-hidden">Spes</h1>
      <RoleScreen
        view={view}
        query={query}
        onQueryChange={setQuery}
        onOpen={(entry) => closeAfter(extensionApi().then((api) => api.tabs.create({ url: entry.url })))}
        onEscapeEmpty={() => window.close()}
        onOpenOptions={() => closeAfter(extensionApi().then((api) => api.runtime.openOptionsPage()))}
      />
    </>
  );
};
