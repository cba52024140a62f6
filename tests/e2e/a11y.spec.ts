/**
 * WCAG 2.2 AA: axe-core finds no violations on any page Spes shows, in light and in dark. Here:
 * the popup with favourites and recent, its empty states, the search page without a role and the
 * welcome page. Other states are read where they are set up, once each:
 * - the role picker at the popup's real size, and while changing: tests/e2e/popup-ui.spec.ts;
 * - the options page: tests/e2e/popup-ui.spec.ts, and with link health tests/e2e/successors.spec.ts;
 * - the popup's list and the search page with hits, in each language: tests/e2e/answers.spec.ts;
 * - search results with one selected: tests/e2e/successors.spec.ts;
 * - the share menu, the handout, specialties: their own specs; nynorsk and English pages:
 *   tests/e2e/axe-languages.spec.ts.
 * Catalogue links never reach the network: they are answered locally.
 */
import { expect, test } from './fixtures';
import { PopupPage, SearchPage, expectNoAxeViolations as expectNoViolations } from './pages';

// axe-core analyses the whole page twice in each test (light and dark): up to 10 s per test on a
// quiet two-core machine, 35 s on a busy one (load average 17). More room than playwright.config.ts
// gives other tests.
test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ context }) => {
  await context.route(/^https:\/\//, (route) => route.fulfill({ status: 200, body: 'stub page' }));
});

test('popup: favourites and recent above the groups', async ({ context, extensionId }) => {
  const popup = await PopupPage.as(context, extensionId, 'lis');
  await popup.page.locator('.star').first().click();
  await expect(popup.section('favourites')).toBeVisible();
  // Opened from the keyboard: sections that arrive late (favourites, the facts) push the list
  // down, and a click aimed just before can land on another link (a fact's source, which is no
  // entry and is not recorded as recent); Enter opens the link that has the focus.
  const opened = context.waitForEvent('page');
  await popup.page.locator('li.entry a').nth(3).press('Enter');
  await (await opened).close();
  await expect(popup.section('recent')).toBeVisible();
  await expectNoViolations(popup.page);
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
