/**
 * "Del lenkene" in real Chromium with the real clipboard: both flavours land on it, with every
 * link of the role exactly once, or the hits as shown; the control works from the keyboard. The
 * extension asks for no clipboard permission; the test reads the clipboard back from a web page it
 * grants `clipboard-read` (tests/e2e/clipboard.ts). An organisation's hostile titles:
 * tests/e2e/policy.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_ROLES, catalogue } from '../../lib/catalogue';
import { roleName } from '../../lib/i18n';
import { nb } from '../../lib/i18n/nb';
import { copyLinks, readClipboard, roleEntryIds, roleUrls } from './clipboard';
import { EXTENSION_DIR, expect, test } from './fixtures';
import { ExtensionWorker, PopupPage, SearchPage, expectNoAxeViolations } from './pages';

test.beforeEach(async ({ context }) => {
  await context.route(/^https:\/\//, (route) => route.fulfill({ status: 200, body: 'stub page' }));
});

test('asks for no clipboard permission', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const asked = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])];
  expect(asked.filter((p: string) => /clipboard/i.test(p))).toEqual([]);
});

test('copies both flavours with every link of each role exactly once', async ({
  context,
  serviceWorker,
  openPopup,
}) => {
  // Five rounds of reload, copy and read-back in one browser; each took 4-7 s on a busy two-core
  // machine, more than the default 30 s together. One browser is cheaper than five.
  test.setTimeout(120_000);
  const popupPage = new PopupPage(await openPopup());
  const popup = popupPage.page;
  for (const role of [...catalogue.roles.map((r) => r.id), ALL_ROLES]) {
    await new ExtensionWorker(serviceWorker).storeRole(role);
    await popupPage.reload();
    await expect(popupPage.roleName).toHaveText(roleName(catalogue, role, nb));
    // The whole list, not only the rows of its first paint (components/list/SectionList.tsx draws
    // the rest in idle time), before the headings shown are compared with the message's.
    const shownCount = roleEntryIds(role).length;
    await expect(popup.locator('li.entry a[id]')).toHaveCount(shownCount);
    const expected = roleUrls(role);
    expect(await copyLinks(popup), role).toBe(nb.shareCopied(shownCount));
    const clip = await readClipboard(context);
    expect([...clip.parsed.hrefs].sort(), `${role}: HTML links`).toEqual(expected);
    expect([...clip.textUrls].sort(), `${role}: plain-text addresses`).toEqual(expected);
    const shownHeadings = await popup.locator('.group > h2').allTextContents();
    expect(clip.parsed.headings, `${role}: one heading per group, as shown`).toEqual(shownHeadings);
    for (const heading of shownHeadings) expect(clip.text.split('\n')).toContain(heading);
  }
});

test('with a query, copies the hits as shown', async ({ context, serviceWorker, openPopup }) => {
  await new ExtensionWorker(serviceWorker).storeRole('lis');
  const popup = await openPopup();
  await popup.locator('#search-input').fill('veileder');
  await expect(popup.locator('#results')).toHaveAttribute('data-query', 'veileder');
  const hits = await popup.locator('li.entry a[id]').count();
  expect(hits).toBeGreaterThan(1);
  // Every address the hits show, in order: each link, then its "Nyere:" page where it has one.
  const shown = await popup
    .locator('li.entry a[href^="http"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(await copyLinks(popup)).toBe(nb.shareCopied(hits));
  const clip = await readClipboard(context);
  expect(clip.parsed.hrefs).toEqual(shown);
  expect(clip.textUrls).toEqual(shown);
  expect(clip.parsed.title).toBe(nb.shareTitleSearch('veileder'));
});

test('the search page shares its hits too', async ({ context, extensionId }) => {
  const { page } = await SearchPage.open(context, extensionId, 'q=kompetanseportalen&role=lis');
  await expect(page.locator('li.entry').first()).toBeVisible();
  const shown = await page
    .locator('li.entry a[id]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(await copyLinks(page)).toBe(nb.shareCopied(shown.length));
  expect((await readClipboard(context)).parsed.hrefs).toEqual(shown);
});

test('the menu works from the keyboard: Tab reaches it, Escape closes it and returns focus', async ({
  serviceWorker,
  openPopup,
}) => {
  await new ExtensionWorker(serviceWorker).storeRole('sykehus-leder');
  const popup = await openPopup();
  await expect(popup.locator('#search-input')).toBeFocused();
  const toggle = popup.getByRole('button', { name: nb.shareToggleLabel });
  // The menu is a chunk asked for after the first frame (components/page/later.tsx): a key can
  // reach it once it is there (on a busy machine, seconds after the list).
  await expect(toggle).toBeVisible();
  // The specialty picker sits between the share menu and the search box.
  await popup.keyboard.press('Shift+Tab');
  await expect(popup.getByLabel(nb.specialtyLabel)).toBeFocused();
  await popup.keyboard.press('Shift+Tab');
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await popup.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('button', { name: nb.shareCopy })).toBeFocused();
  await popup.keyboard.press('Escape');
  await expect(popup.locator('#share-menu')).toHaveCount(0);
  await expect(toggle).toBeFocused();
  await expect(popup.locator('#search-input')).toHaveValue(''); // Escape stayed in the menu

  await popup.keyboard.press('Enter');
  await popup.keyboard.press('Tab');
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('share-status')).toHaveText(
    nb.shareCopied(roleUrls('sykehus-leder').length),
  );
  await expect(popup.getByTestId('share-status')).toHaveAttribute('role', 'status');
  const handout = popup.getByRole('link', { name: nb.shareHandout });
  await popup.keyboard.press('Tab');
  await expect(handout).toBeFocused();
  await expect(handout).toHaveAttribute('href', 'handout.html?role=sykehus-leder');
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('combobox', { name: nb.shareRoleLabel })).toBeFocused();
  await popup.keyboard.press('Tab');
  await expect(
    popup.locator('#share-menu').getByRole('combobox', { name: nb.shareSpecialtyLabel }),
  ).toBeFocused();
  await popup.keyboard.press('Tab'); // out of the menu: it closes
  await expect(popup.locator('#share-menu')).toHaveCount(0);
});

test('the open menu, with its status, passes axe in light and dark', async ({ serviceWorker, openPopup }) => {
  // Two axe runs over the popup: up to 15 s each on a busy machine.
  test.setTimeout(90_000);
  await new ExtensionWorker(serviceWorker).storeRole('kommune-leder');
  const popup = await openPopup();
  await copyLinks(popup);
  await expect(popup.locator('#share-menu')).toBeVisible();
  await expectNoAxeViolations(popup);
});
