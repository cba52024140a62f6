/**
 * The popup in real Chromium: the role picker, each role's seed links, links that open tabs, and
 * the keyboard from the first key to an opened page.
 */
import { catalogue, groupsForRole } from '../../lib/catalogue';
import { expect, test, withFreshBrowser } from './fixtures';
import { PopupPage } from './pages';

// Catalogue links must never reach the network in tests: answer them locally.
test.beforeEach(async ({ context }) => {
  await context.route(/^https:\/\//, (route) => route.fulfill({ status: 200, body: 'stub page' }));
});

// A browser of its own: the welcome page opens on install, once, before the shared one's first test.
test('opens the welcome page once after install', async () => {
  await withFreshBrowser(async ({ context, worker }) => {
    expect(worker.url()).toContain('background.js');
    const welcome = context.pages().find((p) => p.url().endsWith('/welcome.html'));
    const page = welcome ?? (await context.waitForEvent('page'));
    await expect(page).toHaveURL(/\/welcome\.html$/);
    await expect(page.getByRole('heading', { name: 'Velkommen til Spes' })).toBeVisible();
  });
});

test('first open shows the role picker; the picked role is shown at the top', async ({ openPopup }) => {
  const popup = new PopupPage(await openPopup());
  await expect(popup.page.getByRole('heading', { name: 'Hvem er du?' })).toBeVisible();
  await expect(popup.page.locator('.role-choice')).toHaveCount(5);
  await popup.pickRole('lis');
  await expect(popup.roleName).toHaveText('Lege i spesialisering (LIS)');
});

for (const role of catalogue.roles) {
  test(`shows exactly the seed links of "${role.name}", grouped`, async ({ context, extensionId }) => {
    const popup = await PopupPage.as(context, extensionId, role.id);
    const expected = groupsForRole(catalogue, role.id);
    await expect(popup.groupHeadings).toHaveText(expected.map((g) => g.title));
    // Each entry's own link; the "Nyere:" links under some entries are not seed links.
    expect(await PopupPage.hrefs(popup.entryLinks)).toEqual(
      expected.flatMap((g) => g.entries.map((e) => e.url)),
    );
  });
}

test('links are real links that open in a new tab', async ({ context, extensionId }) => {
  const popup = await PopupPage.as(context, extensionId, 'lis');
  const link = popup.page.locator('li.entry a').first();
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('href', /^https:\/\//);
});

test('search and open a result with the keyboard alone', async ({ context, extensionId }) => {
  const popup = await PopupPage.open(context, extensionId);
  const { page } = popup;
  await expect(page.locator('.role-choice').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(popup.roleName).toHaveText('Leder i kommune');
  await expect(popup.searchBox).toBeFocused();
  await page.keyboard.type('kompetansevurdering');
  await expect(popup.entries.first()).toHaveAttribute('data-entry-id', 'kompetansevurdering');
  await expect(page.locator('li.entry mark').first()).toHaveText('Kompetansevurdering');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('li.entry.selected')).toHaveAttribute('data-entry-id', 'kompetansevurdering');
  const tab = await popup.pressEnterToOpen();
  await expect(tab).toHaveURL(
    'https://www.helsedirektoratet.no/veiledere/kompetansevurdering-av-leger-i-spesialisering',
  );
});

test('Escape clears the search first', async ({ context, extensionId }) => {
  const popup = await PopupPage.as(context, extensionId, 'lis');
  await popup.searchBox.fill('turnus');
  await expect(popup.groupHeadings.first()).toHaveText('Treff');
  await popup.page.keyboard.press('Escape');
  await expect(popup.searchBox).toHaveValue('');
  await expect(popup.entries).toHaveCount(18);
});

test('a search covers every role, says so when no hit is the role’s own, and never leaves a hidden mode', async ({
  context,
  extensionId,
}) => {
  const popup = await PopupPage.as(context, extensionId, 'sykehus-leder');
  await popup.searchBox.fill('ALIS for dummies');
  await expect(
    popup.page.getByText('Ingen av lenkene for Leder på sykehus passer. Disse treffene er fra andre roller:'),
  ).toBeVisible();
  const first = popup.entries.first();
  await expect(first).toHaveAttribute('data-entry-id', 'alis-for-dummies');
  await expect(first.locator('.badge')).toHaveText('Annen rolle');
  // Nothing to press: focus stays in the box, the role stays the user's.
  await expect(popup.searchBox).toBeFocused();
  await expect(popup.roleName).toHaveText('Leder på sykehus');
  await popup.searchBox.fill('');
  await expect(popup.entries).toHaveCount(14);
  await expect(popup.page.locator('.badge')).toHaveCount(0);
});
