import { useEffect, useState } from 'preact/hooks';
import type { Live } from '../../lib/platform';

interface Options<T> {
  /** What to show before storage answers (a mirrored copy, lib/platform/mirror.ts). */
  initial?: T;
  /** Called with every value read, e.g. to refresh the mirror. */
  onValue?: (value: T) => void;
  /** Shows the source's fallback when the first read takes longer than this (a slow policy). */
  patienceMs?: number;
}

/**
 * A stored value kept live: undefined until it is known, then every change from any page.
 * The one hook behind preferences, policy, favourites, recent and link health.
 */
export function useLive<T>(source: Live<T>, options: Options<T> = {}): T | undefined {
  const [value, setValue] = useState<T | undefined>(options.initial);
  useEffect(() => {
    const update = (now: T) => {
      options.onValue?.(now);
      setValue(now);
    };
    // A change seen while the first read is under way is newer than what that read returns.
    let changed = false;
    void source.getValue().then((now) => changed || update(now));
    const unwatch = source.watch((now) => {
      changed = true;
      update(now);
    });
    const patience =
      options.patienceMs === undefined
        ? undefined
        : setTimeout(() => setValue((v) => (v === undefined ? source.fallback : v)), options.patienceMs);
    return () => {
      clearTimeout(patience);
      unwatch();
    };
  }, [source]); // The options are fixed per call site.
  return value;
}
