/**
 * Favourites (storage.sync) and recently opened links (storage.local) in the popup.
 * Catalogue links never reach the network: they are answered locally.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.beforeEach(async ({ context }) => {
  await context.route(/^https:\/\//, (route) => route.fulfill({ status: 200, body: 'stub page' }));
});

const section = (popup: Page, kind: 'favourites' | 'recent') => popup.locator(`[data-section="${kind}"]`);
const entryIds = (popup: Page, kind: 'favourites' | 'recent') =>
  section(popup, kind)
    .locator('li.entry')
    .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-entry-id')));

async function popupWithRole(openPopup: () => Promise<Page>): Promise<Page> {
  const popup = await openPopup();
  await popup.locator('[data-role="lis"]').click();
  await expect(popup.locator('#search-input')).toBeFocused();
  return popup;
}

test('a starred link is pinned under Favoritter at the top, and stays there', async ({ openPopup }) => {
  const popup = await popupWithRole(openPopup);
  await expect(section(popup, 'favourites')).toHaveCount(0);
  const row = popup.locator('li.entry[data-entry-id="spesialistutdanning"]').first();
  const star = row.getByRole('button', { name: 'Legg til i favoritter' });
  await expect(star).toHaveAttribute('aria-pressed', 'false');
  await star.click();
  await expect(popup.locator('.group > h2, .group h2').first()).toHaveText('Favoritter');
  expect(await entryIds(popup, 'favourites')).toEqual(['spesialistutdanning']);
  await expect(row.getByRole('button', { name: 'Fjern fra favoritter' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await popup.close();

  const again = await openPopup();
  await expect(section(again, 'favourites').locator('li.entry')).toHaveCount(1);
  expect(await entryIds(again, 'favourites')).toEqual(['spesialistutdanning']);
  // Unstarring from the Favoritter section removes the row and puts focus back in the search box.
  await section(again, 'favourites').getByRole('button', { name: 'Fjern fra favoritter' }).click();
  await expect(section(again, 'favourites')).toHaveCount(0);
  await expect(again.locator('#search-input')).toBeFocused();
});

test('opened links appear under Nylig åpnet, newest first; Tøm clears them', async ({
  context,
  openPopup,
}) => {
  const popup = await popupWithRole(openPopup);
  // A click on the link itself, as a user would.
  let opened = context.waitForEvent('page');
  await popup.locator('li.entry[data-entry-id="spesialistforskriften"] a').first().click();
  await (await opened).close();
  await expect.poll(() => entryIds(popup, 'recent')).toEqual(['spesialistforskriften']);

  // Enter in the search box: the popup closes itself as the tab opens.
  await popup.locator('#search-input').fill('kompetansevurdering');
  await expect(popup.locator('li.entry').first()).toHaveAttribute('data-entry-id', 'kompetansevurdering');
  opened = context.waitForEvent('page');
  await popup.keyboard.press('Enter').catch(() => undefined);
  await (await opened).close();
  await expect.poll(() => popup.isClosed()).toBe(true);

  const again = await openPopup();
  await expect
    .poll(() => entryIds(again, 'recent'))
    .toEqual(['kompetansevurdering', 'spesialistforskriften']);
  await again.getByRole('button', { name: 'Tøm' }).click();
  await expect(section(again, 'recent')).toHaveCount(0);
  await expect(again.locator('#search-input')).toBeFocused();
});

test('a middle click records the open too', async ({ context, openPopup }) => {
  const popup = await popupWithRole(openPopup);
  const opened = context.waitForEvent('page');
  await popup
    .locator('li.entry[data-entry-id="spesialistforskriften"] a')
    .first()
    .click({ button: 'middle' });
  await (await opened).close();
  await expect.poll(() => entryIds(popup, 'recent')).toEqual(['spesialistforskriften']);
});

test('favourites live in storage.sync, recent opens in storage.local', async ({
  context,
  openPopup,
  serviceWorker,
}) => {
  const popup = await popupWithRole(openPopup);
  await popup.locator('.star').first().click();
  await expect(section(popup, 'favourites')).toHaveCount(1);
  const opened = context.waitForEvent('page');
  await popup.locator('li.entry[data-entry-id="spesialistforskriften"] a').first().click();
  await (await opened).close();
  await expect(section(popup, 'recent')).toHaveCount(1);
  const stored = await serviceWorker.evaluate(async () => {
    type Area = { get(keys: string[]): Promise<object> };
    const { chrome } = globalThis as unknown as { chrome: { storage: { sync: Area; local: Area } } };
    const keys = ['favourites', 'recent'];
    return { sync: await chrome.storage.sync.get(keys), local: await chrome.storage.local.get(keys) };
  });
  expect(stored).toEqual({
    sync: { favourites: { ids: [expect.any(String)] } },
    local: { recent: { ids: ['spesialistforskriften'] } },
  });
});
