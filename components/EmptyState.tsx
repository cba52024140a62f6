import type { EmptyState as Kind } from '../lib/list/view';
import { useMessages } from './useMessages';

interface Props {
  kind: Kind;
  query: string;
  roleName: string;
  onSearchAll: () => void;
}

/** Says plainly why nothing is listed, and offers the way on. */
export function EmptyState({ kind, query, roleName, onSearchAll }: Props) {
  const m = useMessages();
  if (kind === null) return null;
  if (kind === 'no-hits') {
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
  return (
    <div class="empty" role="status">
      <p>{m.noHitsInRole(roleName)}</p>
      <button type="button" class="primary" onClick={onSearchAll}>
        {m.searchAllRoles}
      </button>
    </div>
  );
}
