/** The extension API, loaded on first use, its events, and the browser's languages. */
import type { browser } from 'wxt/browser';

type ExtensionApi = typeof browser;

let api: Promise<ExtensionApi> | undefined;

/**
 * The extension API (webextension-polyfill), loaded on first use: a page's first render reads only
 * its mirrors (mirror.ts) and the browser's languages, so the popup draws its list without waiting
 * for the polyfill, which comes in a chunk of its own. The worker's one file holds it inline.
 */
export const extensionApi = (): Promise<ExtensionApi> =>
  (api ??= import('wxt/browser').then((module) => module.browser));

interface ApiEvent<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}

/** Adds `listener` to an event of the API once it is loaded; returns a function that removes it. */
export function listenTo<L>(event: (api: ExtensionApi) => ApiEvent<L>, listener: L): () => void {
  let stopped = false;
  const added = extensionApi().then((loaded) => {
    const target = event(loaded);
    if (!stopped) target.addListener(listener);
    return target;
  });
  return () => {
    stopped = true;
    void added.then((target) => target.removeListener(listener));
  };
}

/**
 * The browser's languages, the user's content languages first, then the browser's own UI language.
 * Read before the first render, so from the browser's own API object, not the polyfill's.
 */
export function browserLanguages(): string[] {
  let ui: string | undefined;
  try {
    const native = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
    ui = (native.browser ?? native.chrome)?.i18n.getUILanguage();
  } catch {
    // No i18n API (unit tests): the content languages are enough.
  }
  return [...(globalThis.navigator?.languages ?? []), ...(ui ? [ui] : [])];
}
