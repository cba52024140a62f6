import type { ListItem } from '../../lib/list';
import { useMessages } from '../page/useMessages';

interface Props {
  query: string;
  items: ListItem[];
  selected: number;
}

/**
 * What a screen reader hears while focus stays in the search box: the number of hits as the
 * query changes, and the link that Up/Down has selected. No hits is said by EmptyState.
 */
export function ResultStatus({ query, items, selected }: Props) {
  const t = useMessages();
  const searching = query.trim() !== '' && items.length > 0;
  const current = items[selected];
  return (
    <>
      <p id="result-count" class="visually-hidden" role="status">
        {searching ? t.hitCount(items.length) : ''}
      </p>
      <p id="selection-status" class="visually-hidden" role="status">
        {current ? t.selectedOf(current.entry.title, selected + 1, items.length) : ''}
      </p>
    </>
  );
}
