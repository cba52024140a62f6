/**
 * WCAG 2.2 AA: axe-core finds no violations on any page Spes shows, in light and in dark.
 * Catalogue links never reach the network: they are answered locally.
 */
import { expect, test } from './fixtures';
import { OptionsPage, PopupPage, SearchPage, expectNoAxeViolations as expectNoViolations } from './pages';

// axe-core analyses the whole page twice in each test (light and dark): up to 10 s per test on a
// quiet two-core machine, 35 s on a busy one (load average 17). More room than playwright.config.ts
// gives other tests.
test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ context }) => {
  await context.route(/^https:\/\//, (route) => route.fulfill({ status: 200, body: 'stub page' }));
});

test('popup: role picker', async ({ openPopup }) => {
  const popup = await openPopup();
  await expect(popup.locator('.role-picker h2')).toBeFocused();
  await expectNoViolations(popup);
});

test('popup: the role list', async ({ context, extensionId }) => {
  const popup = await PopupPage.as(context, extensionId, 'lis');
  await expectNoViolations(popup.page);
});

test('popup: favourites and recent above the groups', async ({ context, extensionId }) => {
  const popup = await PopupPage.as(context, extensionId, 'lis');
  await popup.page.locator('.star').first().click();
  const opened = context.waitForEvent('page');
  await popup.page.locator('li.entry a').nth(3).click();
  await (await opened).close();
  await expect(popup.section('recent')).toBeVisible();
  await expect(popup.section('favourites')).toBeVisible();
  await expectNoViolations(popup.page);
});

test('popup: search results, one selected', async ({ context, extensionId }) => {
  const { page: popup } = await PopupPage.as(context, extensionId, 'lis');
  await popup.keyboard.type('veileder');
  await popup.keyboard.press('ArrowDown');
  await expect(popup.locator('li.entry.selected')).toHaveCount(1);
  await expectNoViolations(popup);
});

test('popup: empty states', async ({ context, extensionId }) => {
  const { page: popup } = await PopupPage.as(context, extensionId, 'sykehus-leder');
  await popup.keyboard.type('ALIS for dummies');
  await expect(popup.getByText(/Disse treffene er fra andre roller/)).toBeVisible();
  await expectNoViolations(popup);
  await popup.locator('#search-input').fill('qqqxyzzy');
  await expect(popup.getByText(/Ingen treff for/)).toBeVisible();
  await expectNoViolations(popup);
});

test('options page', async ({ context, extensionId }) => {
  const { page } = await OptionsPage.open(context, extensionId);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoViolations(page);
});

test('search page', async ({ context, extensionId }) => {
  const { page } = await SearchPage.open(context, extensionId, 'q=veileder');
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
