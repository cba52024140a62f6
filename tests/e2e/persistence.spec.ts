import { expect, launchWithExtension, serviceWorkerOf, test } from './fixtures';

test('the role survives reopening the popup and restarting the browser', async ({ profileDir }) => {
  let context = await launchWithExtension(profileDir);
  let id = new URL((await serviceWorkerOf(context)).url()).host;
  let popup = await context.newPage();
  await popup.goto(`chrome-extension://${id}/popup.html`);
  await popup.locator('[data-role="kommune-veileder"]').click();
  await popup.close();
  popup = await context.newPage();
  await popup.goto(`chrome-extension://${id}/popup.html`);
  await expect(popup.getByTestId('role-name')).toHaveText('Veileder og supervisør i kommune');
  await context.close();

  context = await launchWithExtension(profileDir);
  id = new URL((await serviceWorkerOf(context)).url()).host;
  popup = await context.newPage();
  await popup.goto(`chrome-extension://${id}/popup.html`);
  await expect(popup.getByTestId('role-name')).toHaveText('Veileder og supervisør i kommune');
  await context.close();
});
