/**
 * The printed handout in real Chromium, since only a real layout and print say how large the type
 * can be while the list still fits one A4 page, where the second page starts, and whether a long
 * word stays on the paper and in the popup.
 */
import { inflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { catalogue, entriesById } from '../../lib/catalogue';
import { roleName } from '../../lib/i18n';
import { nb } from '../../lib/i18n/nb';
import { paperAddress } from '../../lib/share';
import { expect, test } from './fixtures';

test.beforeEach(async ({ context }) => {
  await context.route(/^https:\/\//, (route) => route.fulfill({ status: 200, body: 'stub page' }));
});

async function openHandout(page: Page, extensionId: string, query: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/handout.html?${query}`);
  await expect(page.locator('.handout-link').first()).toBeVisible();
}

/** The sheet's base type size in points, as laid out. */
const sheetPt = (page: Page) =>
  page.locator('.handout-sheet').evaluate((el) => (parseFloat(getComputedStyle(el).fontSize) * 72) / 96);

/** Pages in a PDF, counted from its page objects (as tests/e2e/handout.spec.ts does). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

/**
 * How far down each page its content area starts, in points. Chromium writes each page's drawing
 * as one deflated stream that opens with the page's scale and flip (`s 0 0 -s 0 h cm`), then clips
 * to the area inside the page margin (`x y w h re W* n`): nothing is drawn above that clip's top.
 */
function contentTopPerPage(pdf: Buffer): number[] {
  const raw = pdf.toString('latin1');
  const tops: number[] = [];
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = (m.index ?? 0) + m[0].length;
    let text: string;
    try {
      text = inflateSync(pdf.subarray(start, raw.indexOf('endstream', start))).toString('latin1');
    } catch {
      continue; // Not deflated: not a page's drawing.
    }
    const flip = /^([\d.]+) 0 0 -[\d.]+ 0 [\d.]+ cm\s+q\s+[\d.-]+ ([\d.-]+) [\d.]+ [\d.]+ re\s+W\* n/.exec(
      text,
    );
    if (flip) tops.push(Number(flip[1]) * Number(flip[2]));
  }
  return tops;
}

test('a short list prints larger than 8 pt, still on one A4 page', async ({ context, extensionId }) => {
  const page = await context.newPage();
  // The hospital leader's list filled 60 % of the page at 8 pt.
  await openHandout(page, extensionId, 'role=sykehus-leder');
  const pt = await sheetPt(page);
  test.info().annotations.push({ type: 'type size', description: `sykehus-leder: ${pt.toFixed(2)} pt` });
  expect(pt).toBeGreaterThanOrEqual(8.8);
  expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
  // The link keeps the whole address; the paper shows it as a reader types it, long ones shortened.
  const first = page.locator('.handout-link').first();
  const href = await first.locator('a.handout-title').getAttribute('href');
  expect(href).toMatch(/^https:\/\//);
  expect(await first.locator('.handout-url').textContent()).toBe(paperAddress(href ?? ''));
});

test('every page of a long handout has a margin, the second as much as the first', async ({
  context,
  extensionId,
}) => {
  // Five role lists' worth of links, printed to PDF and read back: up to 20 s on a busy machine.
  test.setTimeout(60_000);
  const page = await context.newPage();
  await openHandout(page, extensionId, 'role=alle');
  // A list as long as an organisation's many links make it (they come only from a real policy,
  // tests/e2e/policy.spec.ts): the groups written out three times more.
  await page.locator('.handout-body').evaluate((body) => {
    const groups = [...body.querySelectorAll('.handout-group')];
    for (let i = 0; i < 3; i++) for (const g of groups) body.append(g.cloneNode(true));
  });
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdfPages(pdf)).toBeGreaterThan(1);
  const tops = contentTopPerPage(pdf);
  expect(tops.length, 'every page read').toBe(pdfPages(pdf));
  // 9 mm is 25.5 pt.
  for (const [i, top] of tops.entries()) expect(top, `page ${i + 1}`).toBeGreaterThanOrEqual(25);
});

test('a group heading goes over to the next page with its first link', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openHandout(page, extensionId, 'role=alle');
  await page.emulateMedia({ media: 'print' });
  const h2 = page.locator('.handout-group h2').first();
  expect(await h2.evaluate((el) => getComputedStyle(el).breakAfter)).toBe('avoid');
});

test('a long unbroken search stays on the paper', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/handout.html?q=${'veiledning'.repeat(19)}`);
  await expect(page.locator('.handout-sheet h1')).toBeVisible();
  const sheet = page.locator('.handout-sheet');
  const { scroll, client } = await sheet.evaluate((el) => ({
    scroll: el.scrollWidth,
    client: el.clientWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(client);
});

test('a long unbroken title or description never makes the popup scroll sideways', async ({ openPopup }) => {
  const popup = await openPopup();
  await popup.locator('[data-role="lis"]').click();
  const entry = popup.locator('li.entry').first();
  await expect(entry).toBeVisible();
  // The organisation's text reaches the popup only from a real policy; its words are put into a
  // listed link instead, to lay them out with the popup's own styles.
  await entry.evaluate((li) => {
    const word = 'Utdanningsutvalget'.repeat(12);
    (li.querySelector('.entry-title') as HTMLElement).textContent = word;
    (li.querySelector('.entry-description') as HTMLElement).textContent = word;
  });
  const overflow = await popup.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("the handout hands on another role's list, chosen on the page", async ({ context, extensionId }) => {
  // A select on the real page, and the address the page keeps for a reload or a bookmark.
  const page = await context.newPage();
  await openHandout(page, extensionId, 'role=kommune-leder');
  await page.getByRole('combobox', { name: nb.shareRoleLabel }).selectOption('lis');
  await expect(page.locator('.handout-sheet h1')).toHaveText(
    nb.shareTitleRole(roleName(catalogue, 'lis', nb)),
  );
  await expect(page).toHaveURL(/[?&]role=lis\b/);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('combobox', { name: nb.shareRoleLabel })).toBeHidden();
});

test('the handout prints the specialty its address names, on one A4 page, and changes it on the page', async ({
  context,
  extensionId,
}) => {
  // The print layout says whether the specialty's group still fits the page; the address is the
  // real one the page keeps for a reload or a bookmark.
  const page = await context.newPage();
  await openHandout(page, extensionId, 'role=lis&specialty=ane');
  const headings = page.locator('.handout-group h2');
  const heading = (name: string) => `${nb.sectionTitles.specialty}: ${name}`;
  await expect(headings.first()).toHaveText(heading('Anestesiologi'));
  const regutAne = entriesById(catalogue).get('regut-anestesiologi')?.url ?? 'missing';
  await expect(page.locator(`.handout-link[data-url="${regutAne}"]`)).toHaveCount(1);
  expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);

  const choice = page.getByRole('combobox', { name: nb.shareSpecialtyLabel });
  await expect(choice).toHaveValue('ane');
  await choice.selectOption('ort');
  await expect(headings.first()).toHaveText(heading('Ortopedisk kirurgi'));
  await expect(page).toHaveURL(/[?&]specialty=ort\b/);
  await choice.selectOption('');
  await expect(page.locator('.handout-group h2', { hasText: nb.sectionTitles.specialty })).toHaveCount(0);
});
