import type { RefObject } from 'preact';
import { type Inputs, useLayoutEffect } from 'preact/hooks';

/**
 * A layout effect for work that needs `ref`'s element in the document: focusing, measuring. A
 * page's first tree is built off the document and put in whole (mount.tsx) after its layout
 * effects have run, so there the effect waits for the microtask after that; later renders are in
 * the document already and run it at once. Either way it runs before the frame is painted.
 */
export function useInDocumentEffect(
  ref: RefObject<Element | null>,
  effect: () => void,
  inputs: Inputs,
): void {
  useLayoutEffect(() => (ref.current?.isConnected ? effect() : queueMicrotask(effect)), inputs);
}
