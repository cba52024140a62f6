/**
 * The popup in real Chromium: the welcome page on install, and the keyboard from the first key to
 * an opened tab and the popup closing itself. Each role's list, the role picker, Escape and the
 * search's states are component tests (tests/components/), which need no browser.
 */
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

test('search and open a result with the keyboard alone', async ({ context, extensionId }) => {
  const popup = await PopupPage.open(context, extensionId);
  const { page } = popup;
  await expect(page.locator('.role-picker h2')).toBeFocused();
  await page.keyboard.press('ArrowDown');
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
