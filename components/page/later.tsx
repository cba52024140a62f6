import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * Runs `work` once the page is idle; returns the cancel, for an effect's cleanup. Both browsers
 * Spes supports, Chromium and Firefox, have requestIdleCallback in extension pages.
 */
export function whenIdle(work: () => void): () => void {
  const handle = requestIdleCallback(() => work());
  return () => cancelIdleCallback(handle);
}

/**
 * A component kept out of a page's first paint, in a chunk of its own: it renders nothing until
 * that chunk is in. It asks for it in an effect, which Preact runs once the first frame is
 * painted, so the request never holds that frame up; waiting for an idle moment instead put the
 * popup's share toggle up to a second behind its list on a busy machine. One load per page.
 */
export function later<P extends object>(load: () => Promise<FunctionComponent<P>>): FunctionComponent<P> {
  let loading: Promise<unknown> | undefined;
  let Loaded: FunctionComponent<P> | undefined;
  return function Later(props: P) {
    const [, setReady] = useState(Loaded !== undefined);
    useEffect(() => {
      loading ??= load().then((component) => (Loaded = component));
      void loading.then(() => setReady(true));
    }, []);
    return Loaded ? <Loaded {...props} /> : null;
  };
}
