import { catalogue, groupsForRole } from '../../lib/catalogue';
import { expect, test } from './fixtures';

// Catalogue links must never reach the network in tests: answer them locally.
test.beforeEach(async ({ context }) => {
  await context.route(/^https:\/\//, (route) => route.fulfill({ status: 200, body: 'stub page' }));
});

test('opens the welcome page once after install', async ({ context, serviceWorker }) => {
  expect(serviceWorker.url()).toContain('background.js');
  const welcome = context.pages().find((p) => p.url().endsWith('/welcome.html'));
  const page = welcome ?? (await context.waitForEvent('page'));
  await expect(page).toHaveURL(/\/welcome\.html$/);
  await expect(page.getByRole('heading', { name: 'Velkommen til Spes' })).toBeVisible();
});

test('first open shows the role picker; the picked role is shown at the top', async ({ openPopup }) => {
  const popup = await openPopup();
  await expect(popup.getByRole('heading', { name: 'Hvem er du?' })).toBeVisible();
  await expect(popup.locator('.role-choice')).toHaveCount(5);
  await popup.locator('[data-role="lis"]').click();
  await expect(popup.getByTestId('role-name')).toHaveText('Lege i spesialisering (LIS)');
  await expect(popup.locator('#search-input')).toBeFocused();
});

for (const role of catalogue.roles) {
  test(`shows exactly the seed links of "${role.name}", grouped`, async ({ openPopup }) => {
    const popup = await openPopup();
    await popup.locator(`[data-role="${role.id}"]`).click();
    const expected = groupsForRole(catalogue, role.id);
    await expect(popup.locator('.group > h2')).toHaveText(expected.map((g) => g.title));
    // Each entry's own link; the "Nyere:" links under some entries are not seed links.
    const hrefs = await popup
      .locator('li.entry .entry-row > a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(expected.flatMap((g) => g.entries.map((e) => e.url)));
  });
}

test('links are real links that open in a new tab', async ({ openPopup }) => {
  const popup = await openPopup();
  await popup.locator('[data-role="lis"]').click();
  const link = popup.locator('li.entry a').first();
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('href', /^https:\/\//);
});

test('search and open a result with the keyboard alone', async ({ context, openPopup }) => {
  const popup = await openPopup();
  await expect(popup.locator('.role-choice').first()).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('role-name')).toHaveText('Leder i kommune');
  await expect(popup.locator('#search-input')).toBeFocused();
  await popup.keyboard.type('kompetansevurdering');
  await expect(popup.locator('li.entry').first()).toHaveAttribute('data-entry-id', 'kompetansevurdering');
  await expect(popup.locator('li.entry mark').first()).toHaveText('Kompetansevurdering');
  await popup.keyboard.press('ArrowDown');
  await popup.keyboard.press('ArrowUp');
  await expect(popup.locator('li.entry.selected')).toHaveAttribute('data-entry-id', 'kompetansevurdering');
  const opened = context.waitForEvent('page');
  // The popup closes itself once the tab is open, which may cut the key press short.
  await popup.keyboard.press('Enter').catch(() => undefined);
  const tab = await opened;
  await expect.poll(() => popup.isClosed()).toBe(true);
  await expect(tab).toHaveURL(
    'https://www.helsedirektoratet.no/veiledere/kompetansevurdering-av-leger-i-spesialisering',
  );
});

test('Escape clears the search first', async ({ openPopup }) => {
  const popup = await openPopup();
  await popup.locator('[data-role="lis"]').click();
  await popup.locator('#search-input').fill('turnus');
  await expect(popup.locator('.group > h2').first()).toHaveText('Treff');
  await popup.keyboard.press('Escape');
  await expect(popup.locator('#search-input')).toHaveValue('');
  await expect(popup.locator('li.entry')).toHaveCount(18);
});

test('a search covers every role, says so when no hit is the role’s own, and never leaves a hidden mode', async ({
  openPopup,
}) => {
  const popup = await openPopup();
  await popup.locator('[data-role="sykehus-leder"]').click();
  const box = popup.locator('#search-input');
  await box.fill('ALIS for dummies');
  await expect(
    popup.getByText('Ingen av lenkene for Leder på sykehus passer. Disse treffene er fra andre roller:'),
  ).toBeVisible();
  const first = popup.locator('li.entry').first();
  await expect(first).toHaveAttribute('data-entry-id', 'alis-for-dummies');
  await expect(first.locator('.badge')).toHaveText('Annen rolle');
  // Nothing to press: focus stays in the box, the role stays the user's.
  await expect(box).toBeFocused();
  await expect(popup.getByTestId('role-name')).toHaveText('Leder på sykehus');
  await box.fill('');
  await expect(popup.locator('li.entry')).toHaveCount(14);
  await expect(popup.locator('.badge')).toHaveCount(0);
});
