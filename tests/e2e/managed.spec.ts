import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { nb } from '../../lib/i18n/nb';
import {
  chromiumPolicyFor,
  copyOfBuild,
  policySkipReason,
  writeTemporaryPolicy,
} from '../fixtures/policy-file';
import { EXTENSION_DIR, expect, launchWithExtension, newProfileDir, serviceWorkerOf, test } from './fixtures';

type ManagedArea = { chrome: { storage: { managed: { get(): Promise<Record<string, unknown>> } } } };

test('Chromium loads the build with its managed schema, and reads no policy', async ({ serviceWorker }) => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(manifest.storage).toEqual({ managed_schema: 'managed-schema.json' });
  // Chrome refuses the whole extension when the schema is invalid: there would be no worker.
  const managed = await serviceWorker.evaluate(() =>
    (globalThis as unknown as ManagedArea).chrome.storage.managed.get(),
  );
  expect(managed).toEqual({});
});

// Chromium on Linux reads machine policy from here. A copy of the build in its own folder gets its
// own id, so the policy reaches this test's extension only, never other tests running meanwhile.
const policyFile = `/etc/chromium/policies/managed/spes-e2e-${process.pid}.json`;
const skip = policySkipReason(policyFile);

test('an administrator presets the role and adds links by policy', async () => {
  test.skip(skip !== null, skip ?? '');
  const { dir: copy, id, remove: removeCopy } = copyOfBuild(EXTENSION_DIR);
  const link = { title: 'Utdanningsutvalget', url: 'https://intranett.sykehus.example/uu', roles: ['lis'] };
  const settings = { defaultRole: 'lis', lockRole: true, extraLinks: [link] };
  const removePolicy = writeTemporaryPolicy(policyFile, chromiumPolicyFor(id, settings));
  const profile = newProfileDir();
  const context = await launchWithExtension(profile, copy);
  try {
    const worker = await serviceWorkerOf(context);
    expect(new URL(worker.url()).host).toBe(id);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await expect(popup.getByTestId('role-name')).toHaveText('Lege i spesialisering (LIS)');
    await expect(popup.getByTestId('role-locked')).toBeVisible();
    await expect(popup.getByRole('button', { name: 'Bytt rolle' })).toHaveCount(0);
    await expect(popup.locator('.group > h2').last()).toHaveText(nb.sectionTitles.org);
    await expect(popup.locator('li.entry a').last()).toHaveAttribute('href', link.url);
    await popup.locator('#search-input').fill('utdanningsutvalget');
    await expect(popup.locator('li.entry a').first()).toHaveAttribute('href', link.url);
  } finally {
    await context.close();
    removePolicy();
    rmSync(profile, { recursive: true, force: true });
    removeCopy();
  }
});
