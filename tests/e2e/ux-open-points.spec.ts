/**
 * The popup's first look and its layout where only a real browser can tell: whether a focus ring
 * is drawn (Chromium's own :focus-visible rule for a focus moved by script), how lines wrap in
 * English, and where the list stands after a keyboard pick at the browser's 200 % zoom.
 */
import type { Locator, Page, Worker } from '@playwright/test';
import { en } from '../../lib/i18n/en';
import { nb } from '../../lib/i18n/nb';
import { expect, test } from './fixtures';
import { ExtensionWorker } from './pages';

/** Chromium stops a popup at 800 x 600 device pixels; at 100 % zoom the tests give it 400 x 600. */
const POPUP = { width: 400, height: 600 };

/** What this spec reads of the service worker's `chrome`. */
interface Sw {
  chrome: {
    tabs: {
      query(query: object): Promise<{ id?: number }[]>;
      setZoomSettings(tabId: number, settings: object): Promise<void>;
      setZoom(tabId: number, factor: number): Promise<void>;
    };
  };
}

async function openPopup(page: Page, extensionId: string, size = POPUP): Promise<void> {
  await page.setViewportSize(size);
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
}

/** The outline Chromium draws around `element` now: its style, and its width in px. */
const ring = (element: Locator) =>
  element.evaluate((el) => {
    const css = getComputedStyle(el);
    return { style: css.outlineStyle, width: parseFloat(css.outlineWidth) };
  });

test('the role picker opens with no card looking chosen, one key from the first card', async ({
  context,
  extensionId,
}) => {
  const popup = await context.newPage();
  await openPopup(popup, extensionId);
  const cards = popup.locator('.role-choice');
  await expect(cards).toHaveCount(5);
  // Focus starts on the heading, drawn without a ring; no card is focused or ringed.
  await expect(popup.getByRole('heading', { name: nb.pickerHeading })).toBeFocused();
  expect((await ring(popup.locator(':focus'))).style).toBe('none');
  for (const card of await cards.all()) {
    expect((await ring(card)).style).toBe('none');
    await expect(card).toHaveAttribute('aria-pressed', 'false');
  }

  // One key (Tab, or Down) reaches the first card, now with a visible ring; Enter picks it.
  await popup.keyboard.press('Tab');
  await expect(cards.first()).toBeFocused();
  expect((await ring(cards.first())).style).not.toBe('none');

  await popup.reload();
  await expect(popup.getByRole('heading', { name: nb.pickerHeading })).toBeFocused();
  await popup.keyboard.press('ArrowDown');
  await expect(cards.first()).toBeFocused();
  const shown = await ring(cards.first());
  expect(shown.style).not.toBe('none');
  expect(shown.width).toBeGreaterThanOrEqual(2);
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('role-name')).toHaveText('Leder i kommune');
});

/** The lines each of `elements` takes, counted by the distinct tops of its text's line boxes. */
const linesOf = (elements: Locator) =>
  elements.evaluateAll((els) =>
    els.map((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      return { text: el.textContent ?? '', lines: tops.size };
    }),
  );

test('in English every publisher line and the header keep to one line in a 400 px popup', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  // "Alle roller": every entry of the catalogue, so every publisher and kind.
  await new ExtensionWorker(serviceWorker).storeRole('alle', 'en');
  const popup = await context.newPage();
  await openPopup(popup, extensionId);
  const meta = popup.locator('li.entry .entry-meta');
  await expect(meta.first()).toBeVisible();
  const wrapped = (await linesOf(meta)).filter((m) => m.lines !== 1);
  expect(wrapped).toEqual([]);
  // The header too: "Change role" and "Share" stay on the role's line.
  const name = await popup.getByTestId('role-name').boundingBox();
  for (const button of [en.changeRole, en.shareToggleLabel]) {
    const box = await popup.getByRole('button', { name: button }).boundingBox();
    expect(Math.abs((box?.y ?? 0) - (name?.y ?? 100)), button).toBeLessThan(8);
  }
});

/**
 * Sets the browser's own zoom of the tab showing `page` (chrome.tabs.setZoom, for this tab only,
 * so no other test's pages are zoomed). Unlike CSS zoom on the page, this is what a user's
 * Ctrl++ does: the CSS pixels of the viewport halve at 200 % and devicePixelRatio doubles.
 */
async function zoomTab(worker: Worker, page: Page, factor: number): Promise<void> {
  await worker.evaluate(
    async ([url, zoom]) => {
      const { chrome } = globalThis as unknown as Sw;
      const [tab] = await chrome.tabs.query({ url });
      if (tab?.id === undefined) throw new Error(`no tab shows ${url}`);
      await chrome.tabs.setZoomSettings(tab.id, { scope: 'per-tab' });
      await chrome.tabs.setZoom(tab.id, zoom);
    },
    [page.url(), factor] as const,
  );
  await expect.poll(() => page.evaluate(() => devicePixelRatio)).toBe(factor);
}

test('at 200 % zoom a keyboard pick of LIS opens the list at its top', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const popup = await context.newPage();
  // The largest popup Chromium gives, 800 x 600 device pixels: 400 x 300 CSS pixels at 200 %.
  await openPopup(popup, extensionId, { width: 800, height: 600 });
  await zoomTab(serviceWorker, popup, 2);
  expect(await popup.evaluate(() => [innerWidth, innerHeight])).toEqual([400, 300]);

  // The keyboard's way to LIS, the third card: the picker scrolls to keep it in view.
  await expect(popup.locator('.role-picker :focus')).toHaveCount(1);
  await popup.keyboard.press('Home');
  await popup.keyboard.press('ArrowDown');
  await popup.keyboard.press('ArrowDown');
  await expect(popup.locator('[data-role="lis"]')).toBeFocused();
  expect(await popup.evaluate(() => scrollY)).toBeGreaterThan(0);
  await popup.keyboard.press('Enter');
  await expect(popup.locator('#search-input')).toBeFocused();
  await expect(popup.locator('li.entry').first()).toBeVisible();

  expect(await popup.evaluate(() => scrollY)).toBe(0);
  // The first heading shows under the sticky header, not behind it.
  const header = await popup.locator('.top').boundingBox();
  const heading = await popup.locator('#results h2').first().boundingBox();
  expect(heading?.y).toBeGreaterThanOrEqual((header?.y ?? 0) + (header?.height ?? Infinity));
  expect((heading?.y ?? Infinity) + (heading?.height ?? 0)).toBeLessThanOrEqual(300);
});
