/**
 * The toolbar badge counts broken links in the user's view (lib/policy/user-view.ts): under a
 * role locked by policy it counts the locked role's links, not the user's stored choice, and it
 * follows a policy change while the browser runs. Real Chromium, a real policy file, read back
 * through the service worker.
 */
import { readFileSync } from 'node:fs';
import type { Catalogue } from '../../lib/catalogue';
import {
  chromiumPolicyFor,
  policySkipReason,
  reloadChromiumPolicies,
  rewritePolicy,
} from '../fixtures/policy-file';
import { expect, test, withPolicyBrowser } from './fixtures';
import { ExtensionWorker, brokenRecord } from './pages';

const policyFile = `/etc/chromium/policies/managed/spes-e2e-badge-${process.pid}.json`;
const skip = policySkipReason(policyFile);

const catalogue = JSON.parse(readFileSync('assets/catalogue.json', 'utf8')) as Catalogue;
function urlsOf(roleId: string): Set<string> {
  const role = catalogue.roles.find((r) => r.id === roleId);
  const ids = new Set(role?.groups.flatMap((g) => g.entries));
  return new Set(catalogue.entries.filter((e) => ids.has(e.id)).map((e) => e.url));
}
const lis = urlsOf('lis');
const kommuneLeder = urlsOf('kommune-leder');
const onlyLis = [...lis].filter((url) => !kommuneLeder.has(url));
const onlyKommuneLeder = [...kommuneLeder].filter((url) => !lis.has(url));

test('the badge counts the locked role, and follows the policy when it changes', async () => {
  test.skip(skip !== null, skip ?? '');
  test.setTimeout(60_000);
  // Two broken links only LIS has, one only "Leder i kommune" has: the counts tell the roles apart.
  const broken = [...onlyLis.slice(0, 2), ...onlyKommuneLeder.slice(0, 1)];
  expect(broken).toHaveLength(3);
  const lockedToLis = { defaultRole: 'lis', lockRole: true };
  await withPolicyBrowser(policyFile, lockedToLis, async ({ context, worker: sw, extensionId }) => {
    const worker = new ExtensionWorker(sw);
    await worker.storeRole('kommune-leder');
    await worker.setLocal({
      linkHealth: { links: Object.fromEntries(broken.map((url) => [url, brokenRecord(url)])), lastRun: null },
    });
    // Locked to LIS: LIS's two, though the user's own choice would count one. (The first policy
    // read can take seconds in a fresh profile.)
    await expect.poll(() => worker.badge(), { timeout: 20_000 }).toBe('2');

    // The lock lifted while the browser runs: the user's own role counts again.
    rewritePolicy(policyFile, chromiumPolicyFor(extensionId, { defaultRole: 'lis', lockRole: false }));
    await reloadChromiumPolicies(context);
    await expect.poll(() => worker.badge(), { timeout: 20_000 }).toBe('1');

    // Locked to a third role: that role's count (the two LIS pages are the hospital leader's too).
    rewritePolicy(
      policyFile,
      chromiumPolicyFor(extensionId, { defaultRole: 'sykehus-leder', lockRole: true }),
    );
    await reloadChromiumPolicies(context);
    const sykehusBroken = broken.filter((url) => urlsOf('sykehus-leder').has(url)).length;
    expect(sykehusBroken).toBe(2);
    await expect.poll(() => worker.badge(), { timeout: 20_000 }).toBe('2');
  });
});
