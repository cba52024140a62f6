/**
 * The popup's, search page's and options page's look: what needs a real layout engine (sizes,
 * lines, scroll positions, computed colours), so it runs the built extension in Chromium.
 * Keys and states of the same components are checked in Node (tests/components/popup-ui.test.tsx).
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations as expectNoViolations } from './pages';

interface Sw {
  chrome: {
    storage: { local: { set(items: object): Promise<void> }; sync: { set(items: object): Promise<void> } };
  };
}

// axe analyses whole pages, twice each (light and dark): slow on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ context }) => {
  await context.route(/^https:\/\//, (route) => route.fulfill({ status: 200, body: 'stub page' }));
});

/** Chromium stops a popup at 600 px; the tab the tests open it in is given that size. */
const POPUP = { width: 400, height: 600 };

async function openPopupAt(openPopup: () => Promise<Page>): Promise<Page> {
  const popup = await openPopup();
  await popup.setViewportSize(POPUP);
  return popup;
}

async function pick(popup: Page, role: string): Promise<void> {
  await popup.locator(`[data-role="${role}"]`).click();
  await expect(popup.locator('#search-input')).toBeFocused();
}

/** Stores a role, as if picked earlier, and optionally link health, through the worker. */
async function store(serviceWorker: import('@playwright/test').Worker, role: string, health?: object) {
  await serviceWorker.evaluate(
    ([r, h]) => {
      const chrome = (globalThis as unknown as Sw).chrome;
      return Promise.all([
        chrome.storage.sync.set({ preferences: { role: r, language: 'auto' }, preferences$: { v: 3 } }),
        h ? chrome.storage.local.set({ linkHealth: h }) : Promise.resolve(),
      ]);
    },
    [role, health] as const,
  );
}

const bottom = async (l: Locator) => {
  const box = await l.boundingBox();
  return box ? box.y + box.height : Infinity;
};

const style = (l: Locator, prop: string) =>
  l.evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), prop);

test('a selected broken entry keeps its ways forward plain: no selection background or bar on them', async ({
  serviceWorker,
  openPopup,
}) => {
  const url = 'https://youtu.be/FWodISJ31NY';
  const latest = {
    url,
    state: 'broken',
    reason: 'gone',
    httpStatus: 404,
    finalUrl: url,
    checkedAt: Date.now(),
  };
  await store(serviceWorker, 'lis', { links: { [url]: { state: 'broken', latest, brokenRuns: 2 } } });
  const popup = await openPopupAt(openPopup);
  await popup.locator('#search-input').fill('supervisjon');
  const selected = popup.locator('li.entry.selected');
  await expect(selected).toHaveAttribute('data-entry-id', 'supervisjon-video');
  const ways = selected.locator('.link-note a');
  await expect(ways).toHaveCount(3);
  for (const way of await ways.all()) {
    expect(await style(way, 'background-color')).toBe('rgba(0, 0, 0, 0)');
    expect(await style(way, 'box-shadow')).toBe('none');
  }
  // The entry's own link still shows the selection.
  expect(await style(selected.locator('.entry-row > a'), 'box-shadow')).not.toBe('none');
  await expectNoViolations(popup);
});

test('the role picker fits a 600 px popup, first and when changing, with "Avbryt" styled as a button', async ({
  openPopup,
}) => {
  const popup = await openPopupAt(openPopup);
  await expect(popup.locator('.role-picker h2')).toBeFocused();
  expect(await bottom(popup.locator(`[data-role="alle"]`))).toBeLessThanOrEqual(POPUP.height);
  expect(await popup.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(POPUP.height);
  await expectNoViolations(popup);

  await pick(popup, 'kommune-veileder');
  await popup.getByRole('button', { name: 'Bytt rolle' }).click();
  const cancel = popup.getByRole('button', { name: 'Avbryt' });
  expect(await bottom(cancel)).toBeLessThanOrEqual(POPUP.height);
  expect(await popup.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(POPUP.height);
  await expect(popup.locator('[data-role="kommune-veileder"]')).toContainText('(valgt)');
  // Dark mode: the page's colours, not the native grey that reads as disabled.
  await popup.emulateMedia({ colorScheme: 'dark' });
  const page = await style(popup.locator('body'), 'background-color');
  expect(await style(cancel, 'background-color')).toBe(page);
  expect(await style(cancel, 'color')).toBe(await style(popup.locator('.role-current'), 'color'));
  await expectNoViolations(popup);
});

test('after a pick the list starts at the top, and so does the list for a pasted query', async ({
  openPopup,
}) => {
  const popup = await openPopupAt(openPopup);
  // The picker takes the focus once it shows; a key pressed before that went nowhere (seen at
  // load 20).
  await expect(popup.locator('.role-picker h2')).toBeFocused();
  // The keyboard's way to the last card, which scrolls the picker if it is taller than the popup.
  await popup.keyboard.press('End');
  await expect(popup.locator('[data-role="alle"]')).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(popup.locator('#search-input')).toBeFocused();
  expect(await popup.evaluate(() => scrollY)).toBe(0);
  const header = await bottom(popup.locator('.top'));
  const firstHeading = await popup.locator('#results h2').first().boundingBox();
  expect(firstHeading?.y).toBeGreaterThanOrEqual(header);

  await popup.evaluate(() => scrollTo(0, 400));
  expect(await popup.evaluate(() => scrollY)).toBeGreaterThan(0);
  await popup.locator('#search-input').fill('veileder');
  await expect(popup.locator('#results')).toHaveAttribute('data-query', 'veileder');
  expect(await popup.evaluate(() => scrollY)).toBe(0);
  // The hits carry no visible "Treff" heading right under the box; screen readers keep it.
  const hitsHeading = popup.locator('[data-section="hits"] > h2');
  await expect(hitsHeading).toHaveText('Treff');
  expect((await hitsHeading.boundingBox())?.height).toBeLessThanOrEqual(1);
});

test('the header keeps "Bytt rolle" on the role\'s line for the longest role name', async ({
  serviceWorker,
  openPopup,
}) => {
  await store(serviceWorker, 'kommune-veileder');
  const popup = await openPopupAt(openPopup);
  const name = await popup.getByTestId('role-name').boundingBox();
  const button = await popup.getByRole('button', { name: 'Bytt rolle' }).boundingBox();
  expect(Math.abs((button?.y ?? 0) - (name?.y ?? 100))).toBeLessThan(8);
  // The whole name is still there for a pointer (title) and for screen readers (the text).
  await expect(popup.locator('.role-bar > span[title]')).toHaveAttribute('title', /Veileder og supervisør/);
});

test('"Innstillinger" in the popup and on the search page opens the options page', async ({
  context,
  serviceWorker,
  extensionId,
  openPopup,
}) => {
  await store(serviceWorker, 'lis');
  const popup = await openPopupAt(openPopup);
  const fromPopup = context.waitForEvent('page');
  await popup.getByRole('button', { name: 'Innstillinger' }).click();
  expect((await fromPopup).url()).toBe(`chrome-extension://${extensionId}/options.html`);

  const search = await context.newPage();
  await search.goto(`chrome-extension://${extensionId}/search.html?q=alis`);
  const options = (await context.pages()).find((p) => p.url().endsWith('/options.html'));
  await options?.close();
  const fromSearch = context.waitForEvent('page');
  await search.getByRole('button', { name: 'Innstillinger' }).click();
  expect((await fromSearch).url()).toBe(`chrome-extension://${extensionId}/options.html`);
});

test('the options page: states on one line, a "Sendes til" column, styled reset and selects', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.setViewportSize({ width: 800, height: 800 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const states = options.locator('tr[data-entry-id] .health-state');
  await expect(states.first()).toHaveText('Ikke sjekket');
  const lines = await states.evaluateAll((els) => els.map((e) => e.getClientRects().length));
  expect(new Set(lines)).toEqual(new Set([1]));
  await expect(options.getByRole('columnheader', { name: 'Sendes til' })).toBeVisible();

  const select = options.getByTestId('language-setting');
  const label = options.locator('label', { has: select });
  expect(await style(select, 'font-size')).toBe(await style(label, 'font-size'));

  await options.emulateMedia({ colorScheme: 'dark' });
  const reset = options.getByRole('button', { name: 'Tilbakestill alt …' });
  expect(await style(reset, 'background-color')).toBe(
    await style(options.locator('body'), 'background-color'),
  );
  expect(await style(reset, 'color')).toBe(await style(options.locator('a').first(), 'color'));
  await expectNoViolations(options);
});
