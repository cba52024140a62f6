/**
 * Helpers for the omnibox, context-menu and search-page tests. No driver can type into the
 * real omnibox or click a native menu, so the tests dispatch the browser's own events to the
 * service worker (chrome.Event#dispatch), which calls the listeners the extension registered.
 */
import { expect, type BrowserContext, type Page } from '@playwright/test';
import type { Browser } from 'wxt/browser';

interface Dispatchable<Args extends unknown[]> {
  /** Chromium's chrome.Event#dispatch: calls the listeners the extension registered. */
  dispatch(...args: Args): void;
}

export interface Suggestion {
  content: string;
  description: string;
}

/**
 * The parts of the service worker's `chrome` these tests use. Code passed to
 * worker.evaluate runs there, so it reaches them as `(globalThis as unknown as Sw).chrome`.
 */
export interface Sw {
  chrome: {
    omnibox: {
      onInputChanged: Dispatchable<[text: string, suggest: (s: Suggestion[]) => void]>;
      onInputEntered: Dispatchable<[text: string, disposition: string]>;
      setDefaultSuggestion(suggestion: { description: string }): Promise<void>;
    };
    contextMenus: {
      onClicked: Dispatchable<[info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab]>;
      update(id: string, props: object): Promise<void>;
    };
    runtime: {
      onInstalled: Dispatchable<[details: { reason: string; previousVersion?: string }]>;
      getManifest(): Browser.runtime.Manifest;
    };
    tabs: { query(query: object): Promise<Browser.tabs.Tab[]> };
  };
}

/**
 * The address a tab was sent to. Playwright reports chrome-error://chromewebdata/ when a page
 * fails to load (the stub route can miss a tab the extension opens itself), but the browser's
 * navigation entry keeps the address that was asked for.
 */
export async function addressOf(page: Page): Promise<string> {
  try {
    const cdp = await page.context().newCDPSession(page);
    const { entries, currentIndex } = await cdp.send('Page.getNavigationHistory');
    await cdp.detach().catch(() => undefined);
    return entries[currentIndex]?.url ?? page.url();
  } catch {
    // Mid-navigation the page may have no target to attach to; callers poll, so ask again later.
    return page.url();
  }
}

/** The tab sent to an address starting with `prefix`, once it exists (the welcome tab opens too). */
export async function tabOpenedAt(context: BrowserContext, prefix: string): Promise<Page> {
  const find = async () => {
    for (const page of context.pages()) if ((await addressOf(page)).startsWith(prefix)) return page;
    return undefined;
  };
  await expect.poll(async () => (await find()) !== undefined, { message: `a tab at ${prefix}` }).toBe(true);
  return (await find()) as Page;
}
