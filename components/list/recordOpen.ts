import { sendToWorker } from '../../lib/platform';

/**
 * Tells the background worker that a link is being opened (entrypoints/background/recent.ts).
 * Not awaited: the message leaves at once, and the page may be gone before any answer.
 */
export function recordOpen(entryId: string): void {
  sendToWorker({ type: 'spes:entry-opened', entryId }).catch(() => undefined);
}
