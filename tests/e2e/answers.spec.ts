/**
 * The answers (cards and dated facts) in the built extension in real Chromium, since only a real
 * page says whether the lazily loaded cards arrive on a real keystroke, whether the facts line
 * and the cards pass axe in both themes, and whether the handout with its facts still prints on
 * one A4 page. The axe runs here are also the ones, in each language, over the popup's list (with
 * its "Nyere:" lines, tests/e2e/successors.spec.ts) and over the search page with hits
 * (tests/e2e/a11y.spec.ts, tests/e2e/axe-languages.spec.ts). The day is fixed in each page's `Date`, so the facts shown do not change with
 * the calendar; that a fact ends on its day is also proven in Node (tests/unit/answers).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { en } from '../../lib/i18n/en';
import { nb } from '../../lib/i18n/nb';
import { nn } from '../../lib/i18n/nn';
import { expect, test } from './fixtures';
import { ExtensionWorker, expectNoAxeViolations, HandoutPage, PopupPage, SearchPage } from './pages';

const LANGUAGES = [
  ['nb', nb, 'felles indremedisinske læringsmålene'],
  ['nn', nn, 'felles indremedisinske læringsmåla'],
  ['en', en, 'shared internal-medicine learning goals'],
] as const;

test.beforeEach(async ({ context }) => {
  await context.route(/^https:\/\//, (route) => route.fulfill({ status: 200, body: 'stub page' }));
});

/**
 * A page whose clock reads noon on `day`, before any of its scripts runs. Only this page's `Date`
 * is fixed: Playwright's own clock would be installed in the whole browser context, which the
 * next tests in this worker share (tests/e2e/fixtures.ts), and no reset can take it out again.
 */
async function pageOn(context: BrowserContext, day: string): Promise<Page> {
  const page = await context.newPage();
  const fixed = new Date(`${day}T12:00:00`).getTime();
  await page.addInitScript({
    content: `{
      const RealDate = Date;
      globalThis.Date = class extends RealDate {
        constructor(...args) { super(...(args.length ? args : [${fixed}])); }
        static now() { return ${fixed}; }
      };
    }`,
  });
  return page;
}

const facts = (page: Page) =>
  page.locator('[data-fact]').evaluateAll((lines) => lines.map((li) => li.getAttribute('data-fact')));

for (const [language, m, fimText] of LANGUAGES) {
  test(`in ${language}: the facts above the popup's groups, a card and a fact for a query, on both pages, with axe`, async ({
    context,
    extensionId,
    serviceWorker,
  }) => {
    test.slow(); // Four axe runs in two themes: up to 15 s each on a busy machine (tests/e2e/pages.ts).
    await new ExtensionWorker(serviceWorker).storeRole('kommune-leder', language);
    const page = await pageOn(context, '2026-12-04');
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    const popup = new PopupPage(page);
    await expect(page.getByRole('list', { name: m.factsLabel })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    // The list holds entries with "Nyere:" lines, which axe reads below too.
    await expect(popup.entry('alis-kontorene').getByTestId('successor')).toHaveCount(2);
    expect(await facts(page)).toEqual([
      'gammel-ordning-allmennmedisin',
      'gammel-ordning-samfunnsmedisin',
      'lis1-egne-stillinger',
    ]);
    // Above the groups: the line comes first in the page's order.
    const factsTop = (await page.locator('.facts').boundingBox())?.y ?? Infinity;
    expect(factsTop).toBeLessThan((await popup.groupHeadings.first().boundingBox())?.y ?? 0);
    await expectNoAxeViolations(page);

    await popup.search('hva er FIM');
    const card = page.getByRole('region', { name: 'FIM' });
    await expect(card).toContainText(fimText);
    await expect(card.getByRole('link')).toHaveAttribute('href', /^https:\/\/spesialisthelsetjenesten\.no\//);
    await expectNoAxeViolations(page);
    // A term the catalogue has pages on: the card above, the pages' hits still under it.
    await popup.search('kompetanseportalen');
    await expect(page.locator('[data-term="kompetanseportalen"]')).toBeVisible();
    await expect(popup.entry('kompetanseportalen')).toBeVisible();

    await popup.search('nye FKM');
    await expect(page.locator('.answers [data-fact="nye-fkm"]')).toBeVisible();

    const search = await pageOn(context, '2026-12-04');
    await search.goto(`${SearchPage.url(extensionId)}?q=${encodeURIComponent('supervisør eller veileder')}`);
    await expect(search.locator('.answer-card')).toHaveCount(2);
    await expect(search.locator('li.entry').first()).toBeVisible(); // hits under the cards
    await expect(search.locator('html')).toHaveAttribute('lang', language);
    await expect(search.locator('[data-term="supervisor"] a')).toHaveText(
      m.answerReadMore('spesialisthelsetjenesten.no'),
    );
    await expectNoAxeViolations(search);
  });
}

test('a fact is gone from the popup the day after its end', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  await new ExtensionWorker(serviceWorker).storeRole('kommune-leder');
  for (const [day, shown] of [
    ['2026-12-31', true],
    ['2027-01-01', false],
  ] as const) {
    const page = await pageOn(context, day);
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(new PopupPage(page).groupHeadings.first()).toBeVisible();
    expect((await facts(page)).includes('gammel-ordning-allmennmedisin'), day).toBe(shown);
    await page.close();
  }
});

test('the handout lists every current fact of its role and still prints on one A4 page', async ({
  context,
  extensionId,
}) => {
  for (const role of ['lis', 'kommune-leder', 'sykehus-leder', 'kommune-veileder']) {
    const page = await pageOn(context, '2026-12-04');
    const handout = await HandoutPage.openIn(page, extensionId, `role=${role}`);
    const shown = await facts(handout.page);
    expect(shown.length, role).toBeGreaterThan(0);
    // A municipal leader with no specialty chosen gets the specialty-bound deadlines too.
    if (role === 'kommune-leder') expect(shown.length, 'more than the popup has room for').toBeGreaterThan(3);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length, role).toBe(1);
    await page.close();
  }
});
