/**
 * The handout page in real Chromium: every role's links, each once, with description and
 * address; axe finds nothing; Playwright's `page.pdf` prints each role on one A4 page; broken
 * links are marked or left out as the user chooses; successors show under the links the
 * catalogue records them for; the date and "Laget med Spes" follow the UI language.
 */
import type { Page } from '@playwright/test';
import { ALL_ROLES, catalogue, type Catalogue } from '../../lib/catalogue';
import { en } from '../../lib/i18n/en';
import { nb } from '../../lib/i18n/nb';
import { nn } from '../../lib/i18n/nn';
import { paperAddress } from '../../lib/share';
import { expect, test } from './fixtures';
import { ExtensionWorker, HandoutPage, brokenRecord, expectNoAxeViolations } from './pages';

test.beforeEach(async ({ context }) => {
  await context.route(/^https:\/\//, (route) => route.fulfill({ status: 200, body: 'stub page' }));
});

/**
 * A role's addresses straight from the catalogue file, each once: its seed groups', since the
 * handout leaves Spes's own everyday groups to the screen (lib/share/handout.ts).
 */
function roleUrls(cat: Catalogue, role: string): string[] {
  const roles = role === ALL_ROLES ? cat.roles : cat.roles.filter((r) => r.id === role);
  const byId = new Map(cat.entries.map((e) => [e.id, e.url]));
  const seedGroups = roles.flatMap((r) => r.groups.filter((g) => !g.own));
  const urls = seedGroups.flatMap((g) => g.entries.map((id) => byId.get(id) ?? ''));
  return [...new Set(urls)].sort();
}

/** Pages in a PDF, counted from its page objects (`/Type /Page`, not `/Pages`): no PDF library. */
function pdfPageCount(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const pages = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
  // The page tree's own count must agree, or the file is not laid out as this reading assumes.
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((m) => Number(m[1]));
  expect(counts.length, 'a page tree with /Count').toBeGreaterThan(0);
  expect(Math.max(...counts), 'the page tree agrees').toBe(pages);
  return pages;
}

const listedUrls = (page: Page) => new HandoutPage(page).listedUrls();

/** Stores link health saying `url` is broken. */
const storeBroken = (worker: ExtensionWorker, url: string) =>
  worker.setLocal({ linkHealth: { links: { [url]: brokenRecord(url) }, lastRun: null } });

test("lists each role's links once and prints each on one A4 page", async ({ context, extensionId }) => {
  // Five roles, each opened and printed to PDF: 3-4 s a role on a quiet machine, up to 20 s on a
  // busy one (load 30 on two cores was seen).
  test.setTimeout(120_000);
  const page = await context.newPage();
  for (const role of [...catalogue.roles.map((r) => r.id), ALL_ROLES]) {
    await HandoutPage.openIn(page, extensionId, `role=${role}`);
    const urls = await listedUrls(page);
    expect([...urls].sort(), role).toEqual(roleUrls(catalogue, role));
    // Every address is printed under its link, as a reader types it (lib/share paperAddress).
    const printed = await page.locator('.handout-link > .handout-url').allTextContents();
    expect([...printed].sort(), `${role}: addresses printed`).toEqual(
      roleUrls(catalogue, role).map(paperAddress).sort(),
    );
    const pages = pdfPageCount(await page.pdf({ format: 'A4' }));
    const scale = await page.locator('.handout-sheet').getAttribute('data-type-scale');
    test
      .info()
      .annotations.push({ type: 'pdf', description: `${role}: ${pages} page(s), type scale ${scale}` });
    expect(pages, `${role}: pages in the PDF`).toBe(1);
  }
});

test('passes axe, in light and dark, with a broken link marked', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  // axe runs twice over the longest list; each run took up to 15 s on a busy machine.
  test.setTimeout(90_000);
  await storeBroken(new ExtensionWorker(serviceWorker), roleUrls(catalogue, 'kommune-leder')[0] ?? '');
  const page = await context.newPage();
  await HandoutPage.openIn(page, extensionId, 'role=kommune-leder');
  await expect(page.locator('.handout-broken')).toHaveCount(1);
  await expectNoAxeViolations(page);
});

test('in print, only the sheet shows: no controls, light colours', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: 'dark' });
  await HandoutPage.openIn(page, extensionId, 'role=lis');
  await expect(page.getByRole('button', { name: nb.handoutPrint })).toBeVisible();
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.getByRole('button', { name: nb.handoutPrint })).toBeHidden();
  await expect(page.getByRole('group', { name: new RegExp(nb.handoutBrokenLegend) })).toBeHidden();
  const colours = await page.evaluate(() => {
    const sheet = getComputedStyle(document.querySelector('.handout-sheet') as Element);
    return { background: sheet.backgroundColor, text: sheet.color };
  });
  expect(colours).toEqual({ background: 'rgb(255, 255, 255)', text: 'rgb(26, 29, 33)' });
});

test('the print button calls the browser’s print', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await HandoutPage.openIn(page, extensionId, 'role=lis');
  // The real dialog would block a headless browser; count the calls instead.
  await page.evaluate(() => {
    const w = window as Window & { printed?: number };
    w.printed = 0;
    window.print = () => void (w.printed = (w.printed ?? 0) + 1);
  });
  await page.getByRole('button', { name: nb.handoutPrint }).click();
  expect(await page.evaluate(() => (window as Window & { printed?: number }).printed)).toBe(1);
});

test('broken links are marked, or left out when the user chooses', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const broken = roleUrls(catalogue, 'lis')[0] ?? '';
  await storeBroken(new ExtensionWorker(serviceWorker), broken);
  const page = await context.newPage();
  await HandoutPage.openIn(page, extensionId, 'role=lis');
  const brokenItem = new HandoutPage(page).link(broken);
  await expect(brokenItem.locator('.handout-broken')).toHaveText(`(${nb.shareBrokenNote})`);
  await expect(page.locator('legend')).toHaveText(`${nb.handoutBrokenLegend} (1)`);

  await page.getByRole('radio', { name: nb.handoutBrokenChoices.omit }).check();
  await expect(brokenItem).toHaveCount(0);
  expect([...(await listedUrls(page))].sort()).toEqual(
    roleUrls(catalogue, 'lis').filter((u) => u !== broken),
  );
  await expect(page).toHaveURL(/[?&]broken=omit\b/);
  await page.reload();
  await expect(page.getByRole('radio', { name: nb.handoutBrokenChoices.omit })).toBeChecked();
  await expect(page.locator('.handout-link').first()).toBeVisible();
  await expect(brokenItem).toHaveCount(0);
});

test('date and "Laget med Spes" in the UI language', async ({ context, extensionId, serviceWorker }) => {
  const page = await context.newPage();
  await HandoutPage.openIn(page, extensionId, 'role=kommune-veileder');
  const meta = page.locator('.handout-meta');
  await expect(meta).toContainText(nb.handoutMadeWith);
  await expect(meta).toContainText(
    /\d{1,2}\. (januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember) \d{4}/,
  );
  for (const [language, m, month] of [
    [
      'en',
      en,
      /\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/,
    ],
    ['nn', nn, /\d{1,2}\. \p{L}+ \d{4}/u],
  ] as const) {
    await new ExtensionWorker(serviceWorker).setSync({
      preferences: { role: null, language },
      preferences$: { v: 3 },
    });
    await expect(meta).toContainText(m.handoutMadeWith);
    await expect(meta).toContainText(month);
    await expect(page.locator('h1')).toHaveText(m.shareTitleRole(m.roleNames['kommune-veileder'].name));
  }
});

test('shows "Nyere:" with the newer page under each link the catalogue records one for', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  let checked = 0;
  for (const role of catalogue.roles.map((r) => r.id)) {
    await HandoutPage.openIn(page, extensionId, `role=${role}`);
    const shown = new Set(await listedUrls(page));
    const withSuccessors = catalogue.entries.filter((e) => e.successors?.length && shown.has(e.url));
    const expectedLines = withSuccessors.reduce((n, e) => n + (e.successors?.length ?? 0), 0);
    await expect(page.locator('.handout-successor'), role).toHaveCount(expectedLines);
    for (const entry of withSuccessors) {
      const lines = page.locator(`.handout-link[data-url="${entry.url}"] .handout-successor`);
      for (const [i, successor] of (entry.successors ?? []).entries()) {
        await expect(lines.nth(i)).toHaveText(
          `${nb.newer} ${successor.title} ${paperAddress(successor.url)}`,
        );
        await expect(lines.nth(i).getByRole('link')).toHaveAttribute('href', successor.url);
        checked++;
      }
    }
  }
  // The bundled catalogue records successors; were it to lose them all, this test would check nothing.
  expect(checked).toBeGreaterThan(0);
});
