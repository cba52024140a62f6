import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Focuses an element when it mounts. The HTML autofocus attribute only acts on page load, and
 * pages render after their stored role has been read. A search box that already holds text
 * (typed into the popup's snapshot while the app loaded) gets its caret at the end.
 */
export function useAutoFocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  // Before the first paint, not after it: a key pressed as the popup opens must land in the box.
  useLayoutEffect(() => {
    const el = ref.current;
    el?.focus();
    if (el instanceof HTMLInputElement && el.value !== '')
      el.setSelectionRange(el.value.length, el.value.length);
  }, []);
  return ref;
}
