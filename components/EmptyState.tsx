import type { EmptyState as Kind } from '../lib/popup-view';

interface Props {
  kind: Kind;
  query: string;
  roleName: string;
  onSearchAll: () => void;
}

/** Says plainly why nothing is listed, and offers the way on. */
export function EmptyState({ kind, query, roleName, onSearchAll }: Props) {
  if (kind === null) return null;
  if (kind === 'no-hits') {
    return (
      <div class="empty" role="status">
        <p>
          Ingen treff for «<span class="query">{query}</span>».
        </p>
        <p class="hint">Prøv et kortere ord eller en forkortelse, for eksempel «ALIS», «LIS1» eller «FKM».</p>
      </div>
    );
  }
  return (
    <div class="empty" role="status">
      <p>Ingen treff blant lenkene for {roleName}.</p>
      <button type="button" class="primary" onClick={onSearchAll}>
        Søk i alle roller
      </button>
    </div>
  );
}
