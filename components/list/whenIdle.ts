/**
 * Runs `work` once the page is idle; returns the cancel, for an effect's cleanup. Where there is
 * no requestIdleCallback, a short timer stands in, late enough to come after the first paint.
 */
export function whenIdle(work: () => void): () => void {
  const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 50));
  const cancel = globalThis.cancelIdleCallback ?? clearTimeout;
  const handle = idle(() => work());
  return () => cancel(handle);
}
