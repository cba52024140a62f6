import { useEffect } from 'preact/hooks';
import { saveSnapshot } from '../../lib/snapshot';

/**
 * Keeps the page's markup for its next open (lib/snapshot) whenever it settles in a state worth
 * showing first, in idle time so no keystroke or paint waits for it.
 */
export function useSnapshot(page: string, worthKeeping: boolean): void {
  useEffect(() => {
    if (!worthKeeping) return undefined;
    const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
    const cancel = globalThis.cancelIdleCallback ?? clearTimeout;
    const handle = idle(() => {
      const main = document.querySelector('#app > main');
      if (main) saveSnapshot(page, main);
    });
    return () => cancel(handle);
  });
}
