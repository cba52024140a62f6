/**
 * Chromium's managed storage: the build's schema loads, and a real policy file presets the role
 * and adds links. Chromium checks the schema and reads policy files itself, so both need it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nb } from '../../lib/i18n/nb';
import { policySkipReason } from '../fixtures/policy-file';
import { EXTENSION_DIR, expect, test, withPolicyBrowser } from './fixtures';
import { ExtensionWorker, PopupPage } from './pages';

test('Chromium loads the build with its managed schema, and reads no policy', async ({ serviceWorker }) => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(manifest.storage).toEqual({ managed_schema: 'managed-schema.json' });
  // Chrome refuses the whole extension when the schema is invalid: there would be no worker.
  expect(await new ExtensionWorker(serviceWorker).managed()).toEqual({});
});

// Chromium on Linux reads machine policy from here. A copy of the build in its own folder gets its
// own id, so the policy reaches this test's extension only, never other tests running meanwhile.
const policyFile = `/etc/chromium/policies/managed/spes-e2e-${process.pid}.json`;
const skip = policySkipReason(policyFile);

// A browser of its own: the policy is read from a file, for a copy of the build.
test('an administrator presets the role and adds links by policy', async () => {
  test.skip(skip !== null, skip ?? '');
  const link = { title: 'Utdanningsutvalget', url: 'https://intranett.sykehus.example/uu', roles: ['lis'] };
  const settings = { defaultRole: 'lis', lockRole: true, extraLinks: [link] };
  await withPolicyBrowser(policyFile, settings, async ({ context, extensionId }) => {
    const popup = await PopupPage.open(context, extensionId);
    const { page } = popup;
    await expect(popup.roleName).toHaveText('Lege i spesialisering (LIS)');
    await expect(page.getByTestId('role-locked')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Bytt rolle' })).toHaveCount(0);
    await expect(popup.groupHeadings.last()).toHaveText(nb.sectionTitles.org);
    await expect(page.locator('li.entry a').last()).toHaveAttribute('href', link.url);
    await popup.searchBox.fill('utdanningsutvalget');
    await expect(page.locator('li.entry a').first()).toHaveAttribute('href', link.url);
  });
});
