/**
 * Where the guidance has moved on, in the built extension in real Chromium: the "Nyere:" line
 * under an entry, reachable by keyboard, with its focus ring and axe; on the search page; in the
 * omnibox row (Chrome's own parser); and in the options page's link report with the successor's
 * own health. The lines' and notes' content, and search finding an entry by its successors, are
 * checked in Node (tests/components/successors.test.tsx); axe over the popup's list with these
 * lines runs in tests/e2e/answers.spec.ts. Catalogue links never reach the network: they are
 * answered locally.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { catalogue } from '../../lib/catalogue';
import { expect, test } from './fixtures';
import {
  ExtensionWorker,
  OptionsPage,
  PopupPage,
  SearchPage,
  expectNoAxeViolations as expectNoViolations,
} from './pages';
import { tabOpenedAt, type Suggestion, type Sw } from './search-helpers';

const PLAN = 'handlingsplan-allmennlegetjenesten';
const OFFICES = 'alis-kontorene';
const GRANT = 'https://www.helsedirektoratet.no/tilskudd/nasjonal-alis-og-veiledning';
const ALIS_NO = 'https://www.alis.no/om-alis-kontorene';
const SAMLIS_NO = 'https://www.samlis.no/om-samlis-kontorene';

test.beforeEach(async ({ context }) => {
  await context.route(/^https:\/\//, (route) => route.fulfill({ status: 200, body: 'stub page' }));
});

const entryIn = (page: Page, id: string) => new PopupPage(page).entry(id);

const popupAs = async (context: BrowserContext, extensionId: string, role: string) =>
  (await PopupPage.as(context, extensionId, role)).page;

// axe reads the whole page twice (light, dark): slow on a busy machine, never a guess at a wait.
test('axe finds nothing wrong with a selected entry and its "Nyere:" line', async ({
  context,
  extensionId,
}) => {
  test.slow();
  const popup = await popupAs(context, extensionId, 'kommune-leder');
  await popup.keyboard.type('handlingsplan');
  await expect(popup.locator('li.entry.selected')).toHaveAttribute('data-entry-id', PLAN);
  await expect(entryIn(popup, PLAN).getByTestId('successor')).toBeVisible();
  await expectNoViolations(popup);
});

test('the "Nyere:" link is reached with Tab after the entry and its star, and Enter opens it', async ({
  context,
  extensionId,
}) => {
  const popup = await popupAs(context, extensionId, 'kommune-leder');
  const plan = entryIn(popup, PLAN);
  await plan.locator('.entry-row > a').focus();
  await popup.keyboard.press('Tab');
  await expect(plan.locator('.star')).toBeFocused();
  await popup.keyboard.press('Tab');
  const link = plan.getByRole('link', { name: 'Nasjonal ALIS og veiledning' });
  await expect(link).toBeFocused();
  const outline = await link.evaluate((a) => getComputedStyle(a).outlineStyle);
  expect(outline).toBe('solid');
  // The popup may close itself as the tab opens, cutting the key press short.
  await popup.keyboard.press('Enter').catch(() => undefined);
  await tabOpenedAt(context, GRANT);
});

test('the search page shows "Nyere:" too, opening in place like its other links', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`${SearchPage.url(extensionId)}?q=handlingsplan&role=kommune-leder`);
  const link = entryIn(page, PLAN).getByTestId('successor').getByRole('link');
  await expect(link).toHaveAttribute('href', GRANT);
  await expect(link).not.toHaveAttribute('target', /.+/);
});

test('the omnibox row names the page that took over; Enter still opens the entry', async ({
  serviceWorker,
}) => {
  await new ExtensionWorker(serviceWorker).storeRole('kommune-leder');
  const suggestions = await serviceWorker.evaluate(
    () =>
      new Promise<Suggestion[]>((resolve) =>
        (globalThis as unknown as Sw).chrome.omnibox.onInputChanged.dispatch('handlingsplan', resolve),
      ),
  );
  const plan = suggestions.find((s) => s.content === catalogue.entries.find((e) => e.id === PLAN)?.url);
  expect(plan?.description).toContain('<dim>– Helsedirektoratet · Nyere: Nasjonal ALIS og veiledning</dim>');
  // Chrome itself accepts it (setDefaultSuggestion rejects descriptions it cannot parse).
  const verdict = await serviceWorker.evaluate(
    (description) =>
      (globalThis as unknown as Sw).chrome.omnibox.setDefaultSuggestion({ description }).then(
        () => 'ok',
        (e: Error) => e.message,
      ),
    plan?.description ?? '',
  );
  expect(verdict).toBe('ok');
});

test('the link report lists each successor under its entry, with its own health', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  test.slow(); // axe at the end, as above
  const checkedAt = Date.now() - 60_000;
  const result = { url: ALIS_NO, state: 'ok', reason: 'ok', httpStatus: 200, checkedAt };
  // What a trusted run would have stored (lib/links/store.ts, version 1).
  await new ExtensionWorker(serviceWorker).setLocal({
    linkHealth: {
      links: { [ALIS_NO]: { state: 'ok', latest: result, brokenRuns: 0 } },
      lastRun: null,
    },
    linkHealth$: { v: 1 },
  });
  const { page: options } = await OptionsPage.open(context, extensionId);
  const rows = options.locator(`tr[data-successor-of="${OFFICES}"]`);
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toHaveAttribute('data-link-state', 'ok');
  await expect(rows.nth(0).locator('td').first()).toContainText('Nyere: Om ALIS-kontorene');
  await expect(rows.nth(0).locator('td').nth(1)).toHaveText('Virker');
  await expect(rows.nth(0).locator('td').nth(2)).toHaveText('200');
  await expect(rows.nth(1)).toHaveAttribute('data-link-state', 'unchecked');
  await expect(rows.nth(1).getByRole('link')).toHaveAttribute('href', SAMLIS_NO);
  // The entry keeps its own single row, right above its successors.
  await expect(options.locator(`tr[data-entry-id="${OFFICES}"]`)).toHaveCount(1);
  const order = await options
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => tr.getAttribute('data-entry-id') ?? tr.getAttribute('data-successor-of')),
    );
  const at = order.indexOf(OFFICES);
  expect(order.slice(at, at + 3)).toEqual([OFFICES, OFFICES, OFFICES]);
  await expectNoViolations(options);
});
