import { recordRecentOpen } from '../../lib/pinned';
import { onWorkerRequest } from '../../lib/platform';

/**
 * Records links opened from the popup or search page. The popup may close the moment a new tab
 * takes focus, cutting short a storage write of its own, so the page only sends a message and the
 * worker, which outlives it, writes.
 */
export function registerRecent(): void {
  onWorkerRequest('spes:entry-opened', (request) => recordRecentOpen(request.entryId).then(() => true));
}
