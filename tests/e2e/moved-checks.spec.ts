/**
 * What a removed Chromium test checked that no other test held: a role or language changed on the
 * options page while no popup is open reaches the popup's very first content on its next open,
 * never the old role's list or the old language first.
 *
 * Needs the browser: the popup paints from a copy of the settings in localStorage, which the
 * options page and the popup share as pages of one extension origin, and what counts is what a
 * real page load puts on screen, recorded from before the page's own scripts run.
 */
import type { BrowserContext } from '@playwright/test';
import { catalogue, entriesOfRole } from '../../lib/catalogue';
import { nb } from '../../lib/i18n/nb';
import { nn } from '../../lib/i18n/nn';
import { expect, test } from './fixtures';
import { listLength, OptionsPage, PopupPage } from './pages';

// Runs before any of the page's own script: every language and role name the page ever shows,
// and the entries of the first list it shows.
const RECORD_CONTENT = `{
  const seen = { langs: [], roleNames: [], firstList: null };
  window.__spesSeen = seen;
  const note = (list, value) => value && !list.includes(value) && list.push(value);
  new MutationObserver(() => {
    if (!document.querySelector('#app > main')) return;
    note(seen.langs, document.documentElement.lang);
    note(seen.roleNames, document.querySelector('[data-testid="role-name"]')?.textContent);
    const ids = [...document.querySelectorAll('li.entry')].map((li) => li.dataset.entryId);
    if (seen.firstList === null && ids.length > 0) seen.firstList = ids;
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
}`;

interface Seen {
  langs: string[];
  roleNames: string[];
  firstList: string[] | null;
}

/** Opens the popup as a user's next open, and what it showed until its list with `roleName`. */
async function openRecorded(context: BrowserContext, extensionId: string, roleName: string): Promise<Seen> {
  const page = await context.newPage();
  await page.addInitScript({ content: RECORD_CONTENT });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByTestId('role-name')).toHaveText(roleName);
  const seen = await page.evaluate(() => (window as unknown as { __spesSeen: Seen }).__spesSeen);
  await page.close();
  return seen;
}

test('a role or language changed in options with no popup open is what the next open shows first', async ({
  context,
  extensionId,
}) => {
  await context.route(/^https:\/\//, (route) => route.fulfill({ status: 200, body: 'stub page' }));
  const first = await PopupPage.as(context, extensionId, 'lis');
  await first.mirrored();
  await first.page.close();
  // The head start is in use: the next open's first list is already the LIS one.
  const before = await openRecorded(context, extensionId, nb.roleNames.lis.name);
  expect(before.roleNames).toEqual([nb.roleNames.lis.name]);
  expect(before.firstList).toHaveLength(listLength('lis'));

  const options = await OptionsPage.open(context, extensionId);
  await options.role.selectOption('sykehus-leder');
  await expect(options.role).toHaveValue('sykehus-leder');
  const afterRole = await openRecorded(context, extensionId, nb.roleNames['sykehus-leder'].name);
  expect(afterRole.roleNames).toEqual([nb.roleNames['sykehus-leder'].name]);
  expect(afterRole.firstList).toHaveLength(listLength('sykehus-leder'));
  const hospitalEntries = entriesOfRole(catalogue, 'sykehus-leder');
  expect(afterRole.firstList?.filter((id) => !hospitalEntries.has(id))).toEqual([]);

  await options.language.selectOption('nn');
  await expect(options.page.locator('html')).toHaveAttribute('lang', 'nn');
  const afterLanguage = await openRecorded(context, extensionId, nn.roleNames['sykehus-leder'].name);
  expect(afterLanguage.langs).toEqual(['nn']);
  expect(afterLanguage.roleNames).toEqual([nn.roleNames['sykehus-leder'].name]);
});
