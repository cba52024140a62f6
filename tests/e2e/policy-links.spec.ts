/**
 * The organisation's own links, as Chromium hands them over from a real policy file. Chromium
 * checks the policy against assets/managed-schema.json first and drops the whole list when one
 * link breaks it, so the schema only names the texts and lib/policy judges each link alone: a
 * broken link costs only itself (docs/it-admin.md). And the popup at the cap of 500 links. The test
 * has a browser of its own, for the policy file.
 */
import type { Page } from '@playwright/test';
import {
  chromiumPolicyFor,
  policySkipReason,
  reloadChromiumPolicies,
  rewritePolicy,
} from '../fixtures/policy-file';
import { expect, test, withPolicyBrowser, type FreshBrowser } from './fixtures';
import { ExtensionWorker, PopupPage } from './pages';

const policyFile = `/etc/chromium/policies/managed/spes-e2e-links-${process.pid}.json`;
const skip = policySkipReason(policyFile);

const at = (path: string) => `https://intranett.sykehus.example/${path}`;

/** Each link, and whether it must reach the popup (for the LIS role). */
const MIXED: { link: Record<string, unknown>; shown: string | null }[] = [
  { link: { title: 'Utdanningsutvalget', url: at('uu'), roles: ['lis'] }, shown: at('uu') },
  { link: { title: 'For alle roller', url: at('alle'), roles: ['alle'] }, shown: at('alle') },
  { link: { title: 'Én ukjent rolle', url: at('turnus'), roles: ['lis', 'turnus'] }, shown: at('turnus') },
  { link: { title: 'Bare ukjente roller', url: at('overlege'), roles: ['overlege'] }, shown: null },
  { link: { title: 'Skript', url: 'javascript:alert(1)' }, shown: null },
  { link: { title: 'Med passord', url: 'https://ola:hemmelig@intranett.sykehus.example/' }, shown: null },
  { link: { title: '   ', url: at('uten-tittel') }, shown: null },
  { link: { title: 'Limt inn', url: `  ${at('limt-inn')}\n` }, shown: at('limt-inn') },
  { link: { title: 'Med ukjent felt', url: at('felt'), farge: 'rød' }, shown: at('felt') },
];

const orgLinks = (popup: Page) => popup.locator('section[data-section="org"] li.entry .entry-row > a');
const hrefs = (popup: Page) => orgLinks(popup).evaluateAll((as) => as.map((a) => a.getAttribute('href')));

const many = Array.from({ length: 520 }, (_, i) => ({
  title: `Lokal lenke ${i + 1}`,
  url: at(`lenke/${i + 1}`),
}));

/** Gives the test's copy `settings` in its policy file, and waits until Chromium has passed them on. */
async function changePolicy({ context, worker, extensionId }: FreshBrowser, settings: object) {
  rewritePolicy(policyFile, chromiumPolicyFor(extensionId, settings));
  await reloadChromiumPolicies(context);
  await expect.poll(() => new ExtensionWorker(worker).managed()).toEqual(settings);
}

// One browser for the file's three policies, one after the other: a browser start and Chromium's
// first policy read cost seconds, a policy reload much less.
test('one broken organisation link costs only itself; the popup lists the first 500 of 520, and none once the policy drops them', async () => {
  test.skip(skip !== null, skip ?? '');
  test.setTimeout(120_000);
  const mixed = { defaultRole: 'lis', extraLinks: MIXED.map((m) => m.link) };
  await withPolicyBrowser(policyFile, mixed, async (browser) => {
    const { context, worker, extensionId } = browser;
    // Chromium's policy service takes seconds to answer the first time.
    await expect
      .poll(() => new ExtensionWorker(worker).managed(), { timeout: 20_000 })
      .toHaveProperty('defaultRole');

    await test.step('one broken link costs only itself', async () => {
      const { page: popup } = await PopupPage.open(context, extensionId);
      await expect.poll(() => hrefs(popup)).toEqual(MIXED.flatMap((m) => (m.shown ? [m.shown] : [])));
      await expect(popup.locator('a[href^="javascript:"]')).toHaveCount(0);
      await popup.close();
    });

    await test.step('the first 500 of 520 links', async () => {
      await changePolicy(browser, { defaultRole: 'lis', extraLinks: many });
      const { page: popup } = await PopupPage.open(context, extensionId);
      // The first 500 are used (the cap, docs/it-admin.md), after the official groups.
      await expect(orgLinks(popup)).toHaveCount(500);
      await expect(orgLinks(popup).last()).toHaveAttribute('href', at('lenke/500'));
      await expect(popup.locator('li.entry').first()).toBeVisible();
      await popup.close();
    });

    await test.step('none once the policy drops them', async () => {
      await changePolicy(browser, { defaultRole: 'lis' });
      const { page: popup } = await PopupPage.open(context, extensionId);
      await expect(orgLinks(popup)).toHaveCount(0);
    });
  });
});
