import type { EmptyState as Kind } from '../../lib/list';
import { useMessages } from '../page/useMessages';

interface Props {
  kind: Kind;
  query: string;
  roleName: string;
}

/**
 * Says plainly why the list is empty, or why it holds only other roles' links; never anything
 * the list under it contradicts.
 */
export function EmptyState({ kind, query, roleName }: Props) {
  const m = useMessages();
  if (kind === null) return null;
  if (kind === 'no-hits-in-role') {
    return (
      <p class="empty" role="status">
        {m.noHitsInRole(roleName)}
      </p>
    );
  }
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
