/**
 * The organisation's own links, as Chromium hands them over from a real policy file. Chromium
 * checks the policy against assets/managed-schema.json first and drops the whole list when one
 * link breaks it, so the schema only names the texts and lib/policy judges each link alone: a
 * broken link costs only itself (docs/it-admin.md). And the popup at the cap of 500 links.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { rmSync } from 'node:fs';
import {
  chromiumPolicyFor,
  copyOfBuild,
  policySkipReason,
  reloadChromiumPolicies,
  rewritePolicy,
  writeTemporaryPolicy,
} from '../fixtures/policy-file';
import { EXTENSION_DIR, expect, launchWithExtension, newProfileDir, serviceWorkerOf, test } from './fixtures';

type ManagedArea = { chrome: { storage: { managed: { get(): Promise<Record<string, unknown>> } } } };

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

/** Runs `use` with a copy of the build whose policy is `settings`; cleans up after. */
async function withPolicy(
  settings: object,
  use: (c: BrowserContext, w: Worker, id: string) => Promise<void>,
) {
  const build = copyOfBuild(EXTENSION_DIR);
  const removePolicy = writeTemporaryPolicy(policyFile, chromiumPolicyFor(build.id, settings));
  const profile = newProfileDir();
  const context = await launchWithExtension(profile, build.dir);
  try {
    const worker = await serviceWorkerOf(context);
    // Chromium's policy service takes seconds to answer the first time.
    await expect
      .poll(
        () => worker.evaluate(() => (globalThis as unknown as ManagedArea).chrome.storage.managed.get()),
        {
          timeout: 20_000,
        },
      )
      .toHaveProperty('defaultRole');
    await use(context, worker, build.id);
  } finally {
    await context.close();
    removePolicy();
    rmSync(profile, { recursive: true, force: true });
    build.remove();
  }
}

test('one broken organisation link costs only itself in Chromium', async () => {
  test.skip(skip !== null, skip ?? '');
  test.setTimeout(60_000);
  const settings = { defaultRole: 'lis', extraLinks: MIXED.map((m) => m.link) };
  await withPolicy(settings, async (context, _worker, id) => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await expect.poll(() => hrefs(popup)).toEqual(MIXED.flatMap((m) => (m.shown ? [m.shown] : [])));
    await expect(popup.locator('a[href^="javascript:"]')).toHaveCount(0);
  });
});

/**
 * Milliseconds from the popup's navigation start until `ready` is in the page, by the page's own
 * clock (so a busy test runner's own delays stay out); the median of `times` opens.
 */
async function openTime(context: BrowserContext, id: string, ready: string, times = 5): Promise<number> {
  const spent: number[] = [];
  for (let i = 0; i < times; i++) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/popup.html`, { waitUntil: 'commit' });
    await page.waitForFunction((selector) => document.querySelector(selector) !== null, ready, {
      polling: 'raf',
    });
    spent.push(Math.round(await page.evaluate(() => performance.now())));
    await page.close();
  }
  return spent.sort((a, b) => a - b)[Math.floor(times / 2)] as number;
}

test('the popup opens with its list at the cap of 500 organisation links', async () => {
  test.skip(skip !== null, skip ?? '');
  test.setTimeout(120_000);
  const many = Array.from({ length: 520 }, (_, i) => ({
    title: `Lokal lenke ${i + 1}`,
    url: at(`lenke/${i + 1}`),
  }));
  await withPolicy({ defaultRole: 'lis', extraLinks: many }, async (context, worker, id) => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html`);
    // The first 500 are used (the cap, docs/it-admin.md), after the official groups.
    await expect(orgLinks(popup)).toHaveCount(500);
    await expect(orgLinks(popup).last()).toHaveAttribute('href', at('lenke/500'));
    await expect(popup.locator('li.entry').first()).toBeVisible();
    await popup.close();
    const listWith = await openTime(context, id, 'li.entry');
    const lastWith = await openTime(context, id, `a[href="${at('lenke/500')}"]`);

    rewritePolicy(policyFile, chromiumPolicyFor(id, { defaultRole: 'lis' }));
    await reloadChromiumPolicies(context);
    await expect
      .poll(() => worker.evaluate(() => (globalThis as unknown as ManagedArea).chrome.storage.managed.get()))
      .not.toHaveProperty('extraLinks');
    const check = await context.newPage();
    await check.goto(`chrome-extension://${id}/popup.html`);
    await expect(orgLinks(check)).toHaveCount(0);
    await check.close();
    const listWithout = await openTime(context, id, 'li.entry');
    // Measured for the report, not asserted: a busy test machine says more about itself here.
    const measured =
      `list shown ${listWith} ms with 500 organisation links (the 500th at ${lastWith} ms), ` +
      `${listWithout} ms without (median of 5 opens, the page's own clock)`;
    test.info().annotations.push({ type: 'popup open', description: measured });
    console.log(`popup open: ${measured}`);
  });
});
