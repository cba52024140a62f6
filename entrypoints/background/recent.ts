import { browser } from 'wxt/browser';
import { isEntryOpenedMessage } from '../../lib/pinned/lists';
import { recordRecentOpen } from '../../lib/platform/storage';

/**
 * Records links opened from the popup or search page. The popup may close the moment a new tab
 * takes focus, cutting short its own storage write (WXT waits for migrations before writing), so
 * the page only sends a message and the worker, which outlives it, writes.
 */
export function registerRecent(): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isEntryOpenedMessage(message)) return undefined;
    return recordRecentOpen(message.entryId).then(() => true);
  });
}
