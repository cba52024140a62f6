import { browser } from 'wxt/browser';
import { ENTRY_OPENED, type EntryOpenedMessage } from '../lib/pinned/lists';

/**
 * Tells the background worker that a link is being opened (entrypoints/background/recent.ts).
 * Not awaited: the message leaves at once, and the page may be gone before any answer.
 */
export function recordOpen(entryId: string): void {
  const message: EntryOpenedMessage = { type: ENTRY_OPENED, entryId };
  browser.runtime.sendMessage(message).catch(() => undefined);
}
