/** The organisation's policy area (storage.managed, read-only) and the browser's languages. */
import { browser } from 'wxt/browser';

/**
 * What storage.managed holds. Must survive browsers and tests without the API, and Firefox, which
 * rejects the read when no policy names Spes: all three mean "no settings at all".
 */
export async function readManagedStorage(): Promise<unknown> {
  try {
    return await browser.storage.managed.get();
  } catch {
    return undefined;
  }
}

/** Calls back whenever the organisation's policy changes; returns a function that stops it. */
export function watchManagedStorage(onChange: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The browser's languages, the user's content languages first, then the browser's own UI language. */
export function browserLanguages(): string[] {
  let ui: string | undefined;
  try {
    ui = browser.i18n.getUILanguage();
  } catch {
    // No i18n API (unit tests): the content languages are enough.
  }
  return [...(globalThis.navigator?.languages ?? []), ...(ui ? [ui] : [])];
}
