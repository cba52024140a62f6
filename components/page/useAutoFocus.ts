import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Focuses an element when it mounts. The HTML autofocus attribute only acts on page load, and
 * pages may render after their stored role has been read.
 */
export function useAutoFocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  // Before the first paint, not after it: a key pressed as the popup opens must land in the box.
  useLayoutEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
