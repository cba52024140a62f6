/**
 * "Finn relatert veiledning" on a selection, a link or a page. The query comes from
 * lib/related; this file creates the menu and opens the search page.
 */
import { browser, type Browser } from 'wxt/browser';
import { workerMessages } from '../../lib/i18n';
import { readUserView } from '../../lib/policy';
import { preferencesItem, readUiLanguage } from '../../lib/prefs';
import { deriveQuery } from '../../lib/related';
import { buildSearchUrl } from '../../lib/pages';

/**
 * Idempotent: removes whatever an earlier version or start left, then creates the items in the
 * UI language.
 */
async function createMenus(): Promise<void> {
  const m = workerMessages[await readUiLanguage()];
  await browser.contextMenus.removeAll();
  // Two items, never shown together in practice: Chrome's "page" context only applies when no
  // selection or link was clicked. A separate selection item lets its title quote the selection
  // (%s; Chrome and Firefox shorten it themselves) without leaving empty quotes on a page.
  const items: Browser.contextMenus.CreateProperties[] = [
    { id: 'spes-related-selection', title: m.menuRelatedSelection, contexts: ['selection'] },
    { id: 'spes-related', title: m.menuRelated, contexts: ['link', 'page'] },
  ];
  for (const item of items) {
    browser.contextMenus.create(item, () => {
      // Two starts racing can still meet here; a duplicate id means the item already exists.
      const error = browser.runtime.lastError;
      if (error && !/duplicate/i.test(error.message ?? ''))
        console.error('Spes: context menu:', error.message);
    });
  }
}

/** Opens the search page for a click, next to the tab it came from when that tab is known. */
async function openRelated(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  // The user's catalogue, so a right-click on one of the organisation's own links finds it too.
  const { catalogue } = await readUserView();
  // Firefox adds the link's text to `info`. Without the "tabs" permission Chrome leaves the tab's
  // title out; the address is then all we have.
  const params = deriveQuery(
    { ...info, pageUrl: info.pageUrl ?? tab?.url, pageTitle: tab?.title },
    catalogue,
  );
  const url = buildSearchUrl(browser.runtime.getURL('/search.html'), params);
  const beside =
    tab && tab.id !== undefined && tab.id >= 0
      ? { index: tab.index + 1, openerTabId: tab.id, windowId: tab.windowId }
      : {};
  await browser.tabs.create({ url, ...beside }).catch(() => browser.tabs.create({ url }));
}

export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => void createMenus());
  // Firefox forgets menus of non-persistent backgrounds when the browser restarts.
  browser.runtime.onStartup.addListener(() => void createMenus());
  // The titles are in the UI language: made anew on any change of preferences, the language's too.
  preferencesItem.watch(() => void createMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => void openRelated(info, tab));
}
