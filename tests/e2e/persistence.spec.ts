/** The role is kept in the browser's own storage: across popup opens and a browser restart. */
import { expect, test, withFreshBrowser } from './fixtures';
import { PopupPage } from './pages';

// A browser of its own, started twice on one profile: the restart is the point.
test('the role survives reopening the popup and restarting the browser', async ({ profileDir }) => {
  await withFreshBrowser(
    async ({ context, extensionId }) => {
      const popup = await PopupPage.as(context, extensionId, 'kommune-veileder');
      await popup.page.close();
      const again = await PopupPage.open(context, extensionId);
      await expect(again.roleName).toHaveText('Veileder og supervisør i kommune');
    },
    { profileDir },
  );
  await withFreshBrowser(
    async ({ context, extensionId }) => {
      const popup = await PopupPage.open(context, extensionId);
      await expect(popup.roleName).toHaveText('Veileder og supervisør i kommune');
    },
    { profileDir },
  );
});
