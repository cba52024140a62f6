/** The full-page search view: deep links, the keyboard, the role switcher, the address bar. */
import { expect, test } from './fixtures';
import { entryIds, ExtensionWorker, SearchPage } from './pages';
import { addressOf } from './search-helpers';

test('the deep link ?q=alis&role=kommune-leder shows the ALIS pages first', async ({
  context,
  extensionId,
}) => {
  const { page } = await SearchPage.open(context, extensionId, `q=alis&role=kommune-leder`);
  await expect(page.getByTestId('role-name')).toHaveText('Leder i kommune');
  await expect(page.locator('#search-input')).toHaveValue('alis');
  await expect(page.locator('li.entry').first()).toBeVisible();
  expect((await entryIds(page)).slice(0, 2).sort()).toEqual(['alis-for-dummies', 'alis-kontorene']);
  await expect(page.locator('li[data-entry-id="alis-for-dummies"] .entry-title mark')).toHaveText('ALIS');
});

test('typing updates the address; Down and Enter open the result in place; Back returns', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  // The result opens in this tab: a page of its own here, so that Back leaves a loaded page (a
  // real address fails to resolve on the test machine, and Back could meet that failure).
  await context.route(/^https:\/\//, (route) => route.fulfill({ status: 200, body: 'stub page' }));
  await new ExtensionWorker(serviceWorker).storeRole('lis');
  const { page } = await SearchPage.open(context, extensionId);
  await expect(page.locator('#search-input')).toBeFocused();
  await page.keyboard.type('kompetanse');
  await expect(page).toHaveURL(`${SearchPage.url(extensionId)}?q=kompetanse`);
  const ids = await entryIds(page);
  expect(ids.length).toBeGreaterThan(1);
  const selected = page.locator('li.entry.selected');
  await expect(selected).toHaveAttribute('data-entry-id', ids[0] ?? '');
  await page.keyboard.press('ArrowDown');
  await expect(selected).toHaveAttribute('data-entry-id', ids[1] ?? '');
  await page.keyboard.press('ArrowUp');
  await expect(selected).toHaveAttribute('data-entry-id', ids[0] ?? '');
  const target = (await selected.locator('a').getAttribute('href')) ?? '';
  await page.keyboard.press('Enter');
  await expect.poll(() => addressOf(page)).toBe(target);
  await expect(page.locator('body')).toHaveText('stub page');
  expect(context.pages()).toContain(page);
  await page.goBack();
  await expect(page.locator('#search-input')).toHaveValue('kompetanse');
});

test('result links open in the same tab, like links on any page', async ({ context, extensionId }) => {
  const { page } = await SearchPage.open(context, extensionId, `q=veiledning&role=lis`);
  await expect(page.locator('li.entry a').first()).toBeVisible();
  const targets = await page
    .locator('li.entry a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('target')));
  expect(targets.every((t) => t === null)).toBe(true);
});

test('the role switcher changes the role and the address', async ({ context, extensionId }) => {
  const { page } = await SearchPage.open(context, extensionId, `q=kompetanseportalen&role=lis`);
  await page.getByRole('button', { name: 'Bytt rolle' }).click();
  await page.locator('[data-role="sykehus-leder"]').click();
  await expect(page.getByTestId('role-name')).toHaveText('Leder på sykehus');
  await expect(page).toHaveURL(`${SearchPage.url(extensionId)}?q=kompetanseportalen&role=sykehus-leder`);
  await expect(page.locator('#search-input')).toHaveValue('kompetanseportalen');
});

test('an entry link lists the entry and its relatives until the user types', async ({
  context,
  extensionId,
}) => {
  const { page } = await SearchPage.open(
    context,
    extensionId,
    `q=Kompetansevurdering&related=kompetansevurdering`,
  );
  await expect(page.getByRole('heading', { name: 'Relatert veiledning' })).toBeVisible();
  expect((await entryIds(page))[0]).toBe('kompetansevurdering');
  await page.locator('#search-input').fill('alis');
  await expect(page.getByRole('heading', { name: 'Relatert veiledning' })).toHaveCount(0);
  await expect(page).toHaveURL(`${SearchPage.url(extensionId)}?q=alis`);
});

test('a hostile address cannot break the page', async ({ context, extensionId }) => {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const q = encodeURIComponent(`<img src=x onerror=alert(1)>&"'\u202E😀${'x'.repeat(5000)}`);
  await page.goto(`${SearchPage.url(extensionId)}?q=${q}&role=<script>&related=%00`);
  await expect(page.locator('#search-input')).toBeVisible();
  expect((await page.locator('#search-input').inputValue()).length).toBeLessThanOrEqual(200);
  await expect(page.locator('img')).toHaveCount(0);
  expect(errors).toEqual([]);
});
