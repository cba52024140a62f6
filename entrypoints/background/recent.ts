import { recordRecentOpen } from '../../lib/pinned';
import { onWorkerRequest } from '../../lib/platform';
import { readUserView } from '../../lib/policy';

/**
 * Records links opened from the popup or search page. The popup may close the moment a new tab
 * takes focus, cutting short a storage write of its own, so the page only sends a message and the
 * worker, which outlives it, writes. Only an id the user's catalogue has is kept: any extension
 * page could send any string.
 */
export function registerRecent(): void {
  onWorkerRequest('spes:entry-opened', async ({ entryId }) => {
    const { catalogue } = await readUserView();
    const entry = catalogue.entries.find((e) => e.id === entryId);
    return entry !== undefined && recordRecentOpen(entry.id);
  });
}
