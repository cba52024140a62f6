import { expect, test } from './fixtures';

test('first open shows the role picker, and a picked role shows its links', async ({ openPopup }) => {
  const popup = await openPopup();
  await expect(popup.getByRole('heading', { name: 'Hvem er du?' })).toBeVisible();
  await popup.locator('[data-role="lis"]').click();
  await expect(popup.getByTestId('role-name')).toHaveText('Lege i spesialisering (LIS)');
  await expect(popup.locator('li.entry')).toHaveCount(18);
});
