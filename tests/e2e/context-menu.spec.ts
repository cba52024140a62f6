/**
 * "Finn relatert veiledning", reached through the service worker's own contextMenus.onClicked
 * (no driver can click a native menu). The tab passed along is the real one, as Chrome gives it.
 */
import type { Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { entryIds, SearchPage } from './pages';
import { tabOpenedAt, type Sw } from './search-helpers';

type ClickInfo = { menuItemId: string; editable: boolean } & Record<string, unknown>;

/**
 * Dispatches a menu click as Chrome would, with the active tab as the clicked one, or no tab
 * at all (as for clicks outside a normal tab).
 */
async function clickMenu(worker: Worker, info: ClickInfo, withTab = true): Promise<void> {
  await worker.evaluate(
    async ([i, useTab]) => {
      const { chrome } = globalThis as unknown as Sw;
      const [tab] = useTab ? await chrome.tabs.query({ active: true, currentWindow: true }) : [];
      chrome.contextMenus.onClicked.dispatch(i as never, tab);
    },
    [info, withTab] as const,
  );
}

const SELECTION = { menuItemId: 'spes-related-selection', editable: false };
const PAGE = { menuItemId: 'spes-related', editable: false };

test('right-click on "kompetansevurdering" opens the search page with the assessment guidance first', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  await clickMenu(serviceWorker, {
    ...SELECTION,
    selectionText: 'kompetansevurdering',
    pageUrl: 'https://sykehus.example/lis/rutiner',
  });
  const page = await tabOpenedAt(context, `${SearchPage.url(extensionId)}?q=kompetansevurdering`);
  await expect(page.locator('li.entry').first()).toHaveAttribute('data-entry-id', 'kompetansevurdering');
  await expect(page.locator('#search-input')).toHaveValue('kompetansevurdering');
});

test('a link to a catalogue entry lists that entry first, then its relatives', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  await clickMenu(serviceWorker, {
    ...PAGE,
    linkUrl: 'http://helsedirektoratet.no/veiledere/kompetansevurdering-av-leger-i-spesialisering/',
    pageUrl: 'https://example.org/',
  });
  const page = await tabOpenedAt(context, `${SearchPage.url(extensionId)}?q=Kompetansevurdering&related=`);
  await expect(page.getByRole('heading', { name: 'Relatert veiledning' })).toBeVisible();
  const ids = await entryIds(page);
  expect(ids[0]).toBe('kompetansevurdering');
  expect(ids.slice(1, 3).sort()).toEqual(['kompetanseportalen', 'vurderingskollegium']);
});

test('hostile selections and pages still open a sensible search, never a broken one', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const huge = `<div onclick="x()">Veiledning &amp; "supervisjon"</div>\u0000\u202E😀\r\n`.repeat(1800);
  expect(huge.length).toBeGreaterThan(100_000);
  await clickMenu(serviceWorker, { ...SELECTION, selectionText: huge, pageUrl: 'file:///tmp/x.html' });
  const page = await tabOpenedAt(context, `${SearchPage.url(extensionId)}?q=`);
  const q = new URL(page.url()).searchParams.get('q') ?? '';
  expect(q.split(' ').sort()).toEqual(['Veiledning', 'supervisjon']);
  await expect(page.locator('li.entry').first()).toBeVisible();
  await page.close();

  await clickMenu(serviceWorker, { ...PAGE, pageUrl: 'chrome://settings/' }, false);
  const bare = await tabOpenedAt(context, SearchPage.url(extensionId));
  expect(bare.url()).toBe(SearchPage.url(extensionId));
  await expect(bare.locator('#search-input')).toBeVisible();
});

/** What the install test reads and wraps of the worker's `chrome`. */
interface MenuSw {
  chrome: Sw['chrome'] & { contextMenus: { removeAll(callback?: () => void): void } };
}

test('the menu is created on install and again on update without errors', async ({ serviceWorker }) => {
  const result = await serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as MenuSw;
    const { contextMenus } = chrome;
    const errors: string[] = [];
    const original = { error: console.error, removeAll: contextMenus.removeAll };
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
    self.addEventListener('unhandledrejection', onRejection);
    // Each handler clears the menu, then creates its items in the task that learns the menu is
    // clear (entrypoints/background/context-menu.ts). The polyfill looks removeAll up on
    // `chrome` at each call, so counting here sees both handlers' clears.
    let cleared = 0;
    contextMenus.removeAll = (callback) =>
      original.removeAll.call(contextMenus, () => {
        cleared++;
        callback?.();
      });
    try {
      chrome.runtime.onInstalled.dispatch({ reason: 'update', previousVersion: '0.0.1' });
      chrome.runtime.onInstalled.dispatch({ reason: 'update', previousVersion: '0.0.1' });
      while (cleared < 2 && errors.length === 0) await new Promise((r) => setTimeout(r, 20));
      // Chromium answers one worker's menu calls in order, so these answers come after both
      // handlers' creates have called back, which is where an error would be logged.
      const exists = (id: string) =>
        contextMenus.update(id, {}).then(
          () => true,
          () => false,
        );
      return { errors, items: [await exists('spes-related-selection'), await exists('spes-related')] };
    } finally {
      console.error = original.error;
      contextMenus.removeAll = original.removeAll;
      self.removeEventListener('unhandledrejection', onRejection);
    }
  });
  expect(result.errors).toEqual([]);
  expect(result.items).toEqual([true, true]);
});
