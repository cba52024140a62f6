/**
 * Stored link health is data from outside the page's control (an older build, a bad write, a
 * tampered profile). The popup and the options page must render whatever is stored without
 * throwing, show each link once, and never put an address that is not http(s) in an href.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Catalogue } from '../../lib/catalogue';
import { expect, test } from './fixtures';
import { ExtensionWorker } from './pages';

const catalogue = JSON.parse(readFileSync('assets/catalogue.json', 'utf8')) as Catalogue;
const lisRole = catalogue.roles.find((r) => r.id === 'lis');
const lisIds = [...new Set(lisRole?.groups.flatMap((g) => g.entries))];
const lisUrls = lisIds.map((id) => catalogue.entries.find((e) => e.id === id)?.url as string);

const moved = (url: string, movedTo: unknown) => ({
  state: 'moved',
  movedTo,
  latest: { url, state: 'moved', reason: 'redirected', httpStatus: 200, finalUrl: movedTo, checkedAt: 1 },
  brokenRuns: 0,
});

/** One good record, and every kind of bad one, for the LIS role's first links. */
function corruptHealth() {
  const [a, b, c, d, e, f, g] = lisUrls as [string, string, string, string, string, string, string];
  return {
    links: {
      [a]: moved(a, 'javascript:alert(1)'),
      [b]: moved(b, 'ikke en adresse'),
      [c]: moved(c, 'https://www.helsedirektoratet.no/ny-side/'),
      [d]: 'ødelagt',
      [e]: { ...moved(e, 'data:text/html,<script>alert(1)</script>'), state: 'broken' },
      [f]: {
        state: 'broken',
        latest: { url: f, state: 'broken', reason: 'gone', checkedAt: 'i går' },
      },
      [g]: moved(g, { href: 'javascript:alert(1)' }),
      'javascript:alert(1)': moved('javascript:alert(1)', 'javascript:alert(1)'),
    },
    lastRun: { startedAt: 'nå', finishedAt: -1, verdict: 'trusted', checked: 3 },
  };
}

/** Every href on the page. */
const hrefs = (page: Page) =>
  page.locator('[href]').evaluateAll((els) => els.map((e) => e.getAttribute('href')));

test('corrupt stored link health never breaks the popup or the options page', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const worker = new ExtensionWorker(serviceWorker);
  await worker.storeRole('lis');
  await worker.setLocal({ linkHealth: corruptHealth() });
  for (const path of ['popup.html', 'popup.html', 'options.html']) {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    const entries = page.locator('li.entry, tr[data-entry-id]');
    await expect(entries.first()).toBeVisible();
    if (path === 'popup.html') {
      // Each of the role's links once: a page that threw while painting would have doubled its list.
      const ids = await page.locator('li.entry').evaluateAll((els) => els.map((e) => e.dataset.entryId));
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(expect.arrayContaining(lisIds));
      // The one record that can be read shows (the sound move); a record with any bad field is
      // dropped whole (lib/links/store.ts), so the rest shows nothing at all.
      await expect(page.getByTestId('link-moved')).toHaveCount(1);
      await expect(page.getByTestId('link-moved')).toContainText('www.helsedirektoratet.no/ny-side');
      await expect(page.getByTestId('link-broken')).toHaveCount(0);
    }
    // Web pages, in-page anchors, and the extension's own files (stylesheets, pages, the search
    // chunk the popup preloads); never a stored javascript: or data: address.
    const own = `chrome-extension://${extensionId}/`;
    for (const href of await hrefs(page)) {
      expect(
        href?.startsWith(own) || /^(https?:|#|\.?\/|[a-z-]+\.(css|html))/.test(href ?? ''),
        String(href),
      ).toBe(true);
    }
    expect(errors).toEqual([]);
    await page.close();
  }
});
