/**
 * The one message protocol between the extension's pages and its background worker. Pages send a
 * request and may wait for it to be done; the worker handles each type in one place. Any page of
 * the extension can send anything, so a handler trusts no field but the type: the worker records
 * only an entry id its catalogue has (entrypoints/background/recent.ts).
 */
import { extensionApi, listenTo } from './storage';

export type WorkerRequest =
  /** "Sjekk lenkene nå" on the options page; answered when the run is over. */
  | { type: 'spes:check-links-now' }
  /** A link was opened from a page; the worker, which outlives the popup, records it. */
  | { type: 'spes:entry-opened'; entryId: unknown };

type RequestType = WorkerRequest['type'];
type RequestOf<K extends RequestType> = Extract<WorkerRequest, { type: K }>;

/** Sends a request; resolves when the worker is done with it, rejects when no worker answered. */
export function sendToWorker(request: WorkerRequest): Promise<unknown> {
  return extensionApi().then((api) => api.runtime.sendMessage(request));
}

/**
 * In the worker: handles one type of request. Called synchronously at start, like every listener;
 * the listener is added once the API is in, which in the worker's one file is in the same start
 * (its import is inlined), before any event is handed over.
 */
export function onWorkerRequest<K extends RequestType>(
  type: K,
  handle: (request: RequestOf<K>) => Promise<unknown>,
): void {
  listenTo(
    (api) => api.runtime.onMessage,
    (message: unknown) =>
      // Another type is another handler's; undefined lets it answer.
      (message as { type?: unknown } | null)?.type === type ? handle(message as RequestOf<K>) : undefined,
  );
}
