/**
 * The options page: language and role apply at once in an open popup, and "Tilbakestill
 * alt" asks first, then clears role and settings.
 */
import { en } from '../../lib/i18n/en';
import { nb } from '../../lib/i18n/nb';
import { expect, test } from './fixtures';
import { OptionsPage, PopupPage } from './pages';

test.beforeEach(async ({ context }) => {
  await context.route(/^https:\/\//, (route) => route.fulfill({ status: 200, body: 'stub page' }));
});

test('choosing English in options turns an open popup English at once', async ({ context, extensionId }) => {
  const { page: popup } = await PopupPage.as(context, extensionId, 'lis');
  await expect(popup.getByRole('button', { name: nb.changeRole })).toBeVisible();

  const options = await OptionsPage.open(context, extensionId);
  await options.language.selectOption('en');

  await expect(options.page.getByRole('heading', { name: en.optionsHeading })).toBeVisible();
  await expect(popup.getByRole('button', { name: en.changeRole })).toBeVisible();
  await expect(popup.getByTestId('role-name')).toHaveText(en.roleNames.lis.name);
  await expect(popup.locator('#search-input')).toHaveAttribute('placeholder', en.searchPlaceholder);
  await expect(popup.locator('html')).toHaveAttribute('lang', 'en');
  // The seed's headings in the popup's language (docs/catalogue.md says why).
  await expect(popup.locator('.group > h2').first()).toHaveText(
    en.groupTitles['Ansvar, roller og regelverk i spesialistutdanningen for leger'] ?? '',
  );

  await popup.locator('#search-input').fill('alis');
  await expect(popup.locator('.group > h2').first()).toHaveText(en.sectionTitles.hits);

  await options.language.selectOption('nn');
  await expect(popup.getByRole('button', { name: 'Byt rolle' })).toBeVisible();
  await options.language.selectOption('auto');
  await expect(popup.getByRole('button', { name: nb.changeRole })).toBeVisible();
});

test('the role chosen in options shows in the popup at once', async ({ context, extensionId }) => {
  const { page: popup } = await PopupPage.as(context, extensionId, 'lis');
  const options = await OptionsPage.open(context, extensionId);
  await expect(options.role).toHaveValue('lis');
  await options.role.selectOption('sykehus-leder');
  await expect(popup.getByTestId('role-name')).toHaveText(nb.roleNames['sykehus-leder'].name);
});

test('reset asks for confirmation, then clears role, language and link-check interval', async ({
  context,
  extensionId,
}) => {
  const { page: popup } = await PopupPage.as(context, extensionId, 'kommune-leder');
  const options = await OptionsPage.open(context, extensionId);
  await options.interval.selectOption('daily');
  await options.language.selectOption('en');
  type WithChrome = { chrome: { storage: { sync: { get(keys: string[]): Promise<object> } } } };
  const stored = () =>
    options.page.evaluate(() =>
      (globalThis as unknown as WithChrome).chrome.storage.sync.get(['preferences', 'linkCheckSettings']),
    );
  await expect.poll(stored).toEqual({
    preferences: { role: 'kommune-leder', language: 'en' },
    linkCheckSettings: { interval: 'daily' },
  });

  // First click only asks; Cancel (focused, the safe choice) leaves everything as it was.
  await options.page.getByRole('button', { name: en.resetButton }).click();
  await expect(options.page.getByTestId('reset-confirm')).toContainText(en.resetConfirmQuestion);
  await expect(options.page.getByRole('button', { name: en.cancel })).toBeFocused();
  await options.page.getByRole('button', { name: en.cancel }).click();
  await expect(options.page.getByTestId('reset-confirm')).toHaveCount(0);
  expect(await stored()).toEqual({
    preferences: { role: 'kommune-leder', language: 'en' },
    linkCheckSettings: { interval: 'daily' },
  });

  await options.page.getByRole('button', { name: en.resetButton }).click();
  await options.page.getByRole('button', { name: en.resetConfirm }).click();
  await expect(options.page.getByTestId('reset-status')).toHaveText(nb.resetDone);
  await expect.poll(stored).toEqual({});
  await expect(options.interval).toHaveValue('weekly');
  await expect(options.language).toHaveValue('auto');
  await expect(popup.getByRole('heading', { name: nb.pickerHeading })).toBeVisible();
});
