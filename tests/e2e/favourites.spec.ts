/**
 * Favourites (storage.sync) and recently opened links (storage.local) in the popup: real tabs
 * opened by a click, a middle click and Enter, which only a browser has. Catalogue links never
 * reach the network: they are answered locally.
 */
import { expect, test } from './fixtures';
import { ExtensionWorker, PopupPage } from './pages';

test.beforeEach(async ({ context }) => {
  await context.route(/^https:\/\//, (route) => route.fulfill({ status: 200, body: 'stub page' }));
});

test('a starred link is pinned under Favoritter at the top, and stays there', async ({
  context,
  extensionId,
}) => {
  const popup = await PopupPage.as(context, extensionId, 'lis');
  await expect(popup.section('favourites')).toHaveCount(0);
  const row = popup.entry('spesialistutdanning');
  const star = row.getByRole('button', { name: 'Legg til i favoritter' });
  await expect(star).toHaveAttribute('aria-pressed', 'false');
  await star.click();
  await expect(popup.page.locator('.group > h2, .group h2').first()).toHaveText('Favoritter');
  expect(await popup.sectionIds('favourites')).toEqual(['spesialistutdanning']);
  await expect(row.getByRole('button', { name: 'Fjern fra favoritter' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await popup.page.close();

  const again = await PopupPage.open(context, extensionId);
  await expect(again.section('favourites').locator('li.entry')).toHaveCount(1);
  expect(await again.sectionIds('favourites')).toEqual(['spesialistutdanning']);
  // Unstarring from the Favoritter section removes the row and puts focus back in the search box.
  await again.section('favourites').getByRole('button', { name: 'Fjern fra favoritter' }).click();
  await expect(again.section('favourites')).toHaveCount(0);
  await expect(again.searchBox).toBeFocused();
});

test('opened links appear under Nylig åpnet, newest first; Tøm clears them', async ({
  context,
  extensionId,
}) => {
  const popup = await PopupPage.as(context, extensionId, 'lis');
  // A click on the link itself, as a user would.
  await popup.openEntry('spesialistforskriften');
  await expect.poll(() => popup.sectionIds('recent')).toEqual(['spesialistforskriften']);

  // Enter in the search box: the popup closes itself as the tab opens.
  await popup.searchBox.fill('kompetansevurdering');
  await expect(popup.entries.first()).toHaveAttribute('data-entry-id', 'kompetansevurdering');
  await (await popup.pressEnterToOpen()).close();

  const again = await PopupPage.open(context, extensionId);
  await expect
    .poll(() => again.sectionIds('recent'))
    .toEqual(['kompetansevurdering', 'spesialistforskriften']);
  await again.page.getByRole('button', { name: 'Tøm' }).click();
  await expect(again.section('recent')).toHaveCount(0);
  await expect(again.searchBox).toBeFocused();
});

test('a middle click records the open too', async ({ context, extensionId }) => {
  const popup = await PopupPage.as(context, extensionId, 'lis');
  await popup.openEntry('spesialistforskriften', 'middle');
  await expect.poll(() => popup.sectionIds('recent')).toEqual(['spesialistforskriften']);
});

test('favourites live in storage.sync, recent opens in storage.local', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const popup = await PopupPage.as(context, extensionId, 'lis');
  await popup.page.locator('.star').first().click();
  await expect(popup.section('favourites')).toHaveCount(1);
  await popup.openEntry('spesialistforskriften');
  await expect(popup.section('recent')).toHaveCount(1);
  const worker = new ExtensionWorker(serviceWorker);
  expect(await worker.sync(['favourites', 'recent'])).toEqual({ favourites: { ids: [expect.any(String)] } });
  expect(await worker.local('recent')).toEqual({ ids: ['spesialistforskriften'] });
  expect(await worker.local('favourites')).toBeNull();
});
