/** The search panel (components/list/SearchPanel.tsx) as the popup holds it, for component tests. */
import { useState } from 'preact/hooks';
import { SearchPanel } from '../../components/list/SearchPanel';
import { catalogue } from '../../lib/catalogue';

/** The bundled catalogue with no organisation, specialty or lock; the query is the page's state. */
export function Panel({ role, onEscapeEmpty }: { role: string; onEscapeEmpty?: () => void }) {
  const [query, setQuery] = useState('');
  return (
    <SearchPanel
      view={{ catalogue, specialty: null, locked: false, provisional: false }}
      role={role}
      query={query}
      onQueryChange={setQuery}
      onOpen={() => undefined}
      onChangeRole={() => undefined}
      onOpenOptions={() => undefined}
      onEscapeEmpty={onEscapeEmpty}
    />
  );
}
