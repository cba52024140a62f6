/**
 * The specialty beside the role, in real Chromium: picked on the welcome page and remembered by
 * the popup (storage.sync and the popup's first paint), its group at the top, search by code and
 * "no good match", the copied list (the real clipboard), the handout on one A4 page (print
 * layout), the omnibox (the worker's own events) and axe; a policy default in tests/e2e/policy.spec.ts.
 * The logic behind each is tested in Node (tests/unit/specialty, tests/components/specialty.test.tsx).
 */
import type { Page } from '@playwright/test';
import { catalogue, entriesById } from '../../lib/catalogue';
import { nb } from '../../lib/i18n/nb';
import { copyLinks, readClipboard } from './clipboard';
import { expect, test } from './fixtures';
import { ExtensionWorker, HandoutPage, PopupPage, expectNoAxeViolations } from './pages';
import type { Suggestion, Sw } from './search-helpers';

test.beforeEach(async ({ context }) => {
  await context.route(/^https:\/\//, (route) => route.fulfill({ status: 200, body: 'stub page' }));
});

const url = (id: string) => entriesById(catalogue).get(id)?.url ?? '';
const ORT_PAGE = 'hdir-ortopedisk-kirurgi-anbefalte-laeringsaktiviteter';
const heading = (name: string) => `${nb.sectionTitles.specialty}: ${name}`;
const specialtySection = (page: Page) => page.locator('[data-section="specialty"]');

/** Stores a role and a specialty the way lib/prefs does. */
const storeChoice = (worker: ExtensionWorker, role: string, specialty: string) =>
  worker.setSync({ preferences: { role, language: 'auto', specialty }, preferences$: { v: 3 } });

test('a specialty picked on the welcome page is the first group in the popup; axe passes on both', async ({
  context,
  extensionId,
}) => {
  // axe runs four times (two pages, light and dark), over the popup's longest list: each run took
  // up to 15 s on a busy machine (tests/e2e/handout.spec.ts).
  test.setTimeout(120_000);
  const welcome = await context.newPage();
  await welcome.goto(`chrome-extension://${extensionId}/welcome.html`);
  await welcome.locator('[data-role="lis"]').click();
  await welcome.getByLabel(nb.specialtyLabel).selectOption('ort');
  await expectNoAxeViolations(welcome);

  const popup = await PopupPage.open(context, extensionId);
  await expect(popup.groupHeadings.first()).toHaveText(heading('Ortopedisk kirurgi'));
  await expect(popup.page.getByLabel(nb.specialtyLabel)).toHaveValue('ort');
  expect((await popup.listedIds()).slice(0, 1)).toEqual([ORT_PAGE]);
  await expectNoAxeViolations(popup.page);
  // The popup's own picker changes it, and the list follows.
  await popup.page.getByLabel(nb.specialtyLabel).selectOption('');
  await expect(specialtySection(popup.page)).toHaveCount(0);
});

test('search finds a specialty by its code, and says "no good match" with the way on', async ({
  context,
  extensionId,
}) => {
  const popup = await PopupPage.as(context, extensionId, 'lis');
  await popup.search('ORT');
  expect((await popup.listedIds())[0]).toBe(ORT_PAGE);
  await popup.search('legevakt');
  await expect(popup.entries).toHaveCount(0);
  await expect(popup.page.getByRole('navigation', { name: nb.noGoodMatchWayOn })).toBeVisible();
  await expect(popup.page.getByRole('link', { name: nb.noGoodMatchHub })).toHaveAttribute(
    'href',
    url('spesialistutdanning'),
  );
  await expectNoAxeViolations(popup.page);
});

test('the copied list and the handout include the specialty, and each role still prints on one A4 page', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  // Four roles, each printed to PDF: up to 20 s a role on a busy machine (tests/e2e/handout.spec.ts).
  test.setTimeout(120_000);
  const worker = new ExtensionWorker(serviceWorker);
  await storeChoice(worker, 'lis', 'for');
  const popup = await PopupPage.open(context, extensionId);
  await expect(popup.groupHeadings.first()).toHaveText(heading('Fordøyelsessykdommer'));
  await copyLinks(popup.page);
  const copied = (await readClipboard(context)).text;
  expect(copied).toContain(heading('Fordøyelsessykdommer'));
  expect(copied).toContain(url('regut-fordoyelsessykdommer'));

  const page = await context.newPage();
  for (const role of catalogue.roles.map((r) => r.id)) {
    await storeChoice(worker, role, 'for');
    const handout = await HandoutPage.openIn(page, extensionId, `role=${role}`);
    await expect(handout.link(url('regut-fordoyelsessykdommer'))).toHaveCount(1);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
    expect(pages, `${role}: pages in the PDF`).toBe(1);
  }
});

test('the omnibox finds "spes ort", and ranks the chosen specialty first', async ({ serviceWorker }) => {
  const suggest = (text: string) =>
    serviceWorker.evaluate(
      (t) =>
        new Promise<Suggestion[]>((resolve) =>
          (globalThis as unknown as Sw).chrome.omnibox.onInputChanged.dispatch(t, resolve),
        ),
      text,
    );
  const worker = new ExtensionWorker(serviceWorker);
  await worker.storeRole('lis');
  expect((await suggest('ort'))[0]?.content).toBe(url(ORT_PAGE));
  await storeChoice(worker, 'lis', 'lun');
  expect((await suggest('gammel ordning'))[0]?.content).toBe(
    url('hdir-lungesykdommer-regler-for-gammel-spesialistutdanning'),
  );
});
