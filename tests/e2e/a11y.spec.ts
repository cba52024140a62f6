/**
 * WCAG 2.2 AA: axe-core finds no violations on any page Spes shows, in light and in dark.
 * Catalogue links never reach the network: they are answered locally.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// axe-core analyses the whole page twice in each test (light and dark): up to 10 s per test on a
// quiet two-core machine, 35 s on a busy one (load average 17). More room than playwright.config.ts
// gives other tests.
test.describe.configure({ timeout: 120_000 });

/** Runs axe on the page as it is, once in the light theme and once in the dark. */
async function expectNoViolations(page: Page): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
    expect(dark).toBe(colorScheme === 'dark');
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const found = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(' | ')})`);
    expect(found, `${colorScheme} theme`).toEqual([]);
  }
}

async function pickRole(popup: Page, role = 'lis'): Promise<void> {
  await popup.locator(`[data-role="${role}"]`).click();
  await expect(popup.locator('#search-input')).toBeFocused();
}

test.beforeEach(async ({ context }) => {
  await context.route(/^https:\/\//, (route) => route.fulfill({ status: 200, body: 'stub page' }));
});

test('popup: role picker', async ({ openPopup }) => {
  const popup = await openPopup();
  await expect(popup.locator('.role-choice').first()).toBeFocused();
  await expectNoViolations(popup);
});

test('popup: the role list', async ({ openPopup }) => {
  const popup = await openPopup();
  await pickRole(popup);
  await expectNoViolations(popup);
});

test('popup: favourites and recent above the groups', async ({ context, openPopup }) => {
  const popup = await openPopup();
  await pickRole(popup);
  await popup.locator('.star').first().click();
  const opened = context.waitForEvent('page');
  await popup.locator('li.entry a').nth(3).click();
  await (await opened).close();
  await expect(popup.locator('[data-section="recent"]')).toBeVisible();
  await expect(popup.locator('[data-section="favourites"]')).toBeVisible();
  await expectNoViolations(popup);
});

test('popup: search results, one selected', async ({ openPopup }) => {
  const popup = await openPopup();
  await pickRole(popup);
  await popup.keyboard.type('veileder');
  await popup.keyboard.press('ArrowDown');
  await expect(popup.locator('li.entry.selected')).toHaveCount(1);
  await expectNoViolations(popup);
});

test('popup: empty states', async ({ openPopup }) => {
  const popup = await openPopup();
  await pickRole(popup, 'sykehus-leder');
  await popup.keyboard.type('ALIS for dummies');
  await expect(popup.getByText(/Disse treffene er fra andre roller/)).toBeVisible();
  await expectNoViolations(popup);
  await popup.locator('#search-input').fill('qqqxyzzy');
  await expect(popup.getByText(/Ingen treff for/)).toBeVisible();
  await expectNoViolations(popup);
});

test('options page', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoViolations(page);
});

test('search page', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/search.html?q=veileder`);
  await expect(page.locator('li.entry').first()).toBeVisible();
  await expectNoViolations(page);
});

test('welcome page, before and after picking a role', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/welcome.html`);
  await expect(page.locator('.role-choice').first()).toBeVisible();
  await expectNoViolations(page);
  await page.locator('[data-role="lis"]').click();
  await expect(page.locator('.done')).toBeVisible();
  await expectNoViolations(page);
});
