/**
 * What an organisation's policy does while the browser runs, from a real Chromium policy file:
 * the toolbar badge under a locked role, the organisation's own links (one broken link costs only
 * itself; the cap of 500), their hostile titles reaching the clipboard and the handout as text,
 * and a default specialty. Chromium reads the policy files and checks them against the build's
 * schema itself, so these need it.
 *
 * One browser for the file (tests/e2e/fixtures.ts, `policyBrowserForFile`): each test gives it
 * its policy and starts from a just-installed extension. A policy that is there when the browser
 * starts, and the schema the build brings: tests/e2e/managed.spec.ts.
 */
import type { Page } from '@playwright/test';
import { catalogue, entriesOfRole } from '../../lib/catalogue';
import { nb } from '../../lib/i18n/nb';
import { policySkipReason } from '../fixtures/policy-file';
import { copyLinks, readClipboard, roleUrls } from './clipboard';
import { expect, policyBrowserForFile, test } from './fixtures';
import { ExtensionWorker, HandoutPage, PopupPage, brokenRecord } from './pages';

// Chromium on Linux reads machine policy from this folder; the copy's own id keeps it from other tests.
const policyFile = `/etc/chromium/policies/managed/spes-e2e-policy-${process.pid}.json`;
const skip = policySkipReason(policyFile);
const policy = policyBrowserForFile(policyFile);

test.beforeEach(() => test.skip(skip !== null, skip ?? ''));

/** The addresses a role's groups list. */
function urlsOf(role: string): Set<string> {
  const ids = entriesOfRole(catalogue, role);
  return new Set(catalogue.entries.filter((e) => ids.has(e.id)).map((e) => e.url));
}

// The badge counts broken links in the user's view (lib/policy/user-view.ts): under a role locked
// by policy, the locked role's links, not the user's stored choice; and it follows a change.
test('the badge counts the locked role, and follows the policy when it changes', async () => {
  const lis = urlsOf('lis');
  const kommuneLeder = urlsOf('kommune-leder');
  // Two broken links only LIS has, one only "Leder i kommune" has: the counts tell the roles apart.
  const broken = [
    ...[...lis].filter((url) => !kommuneLeder.has(url)).slice(0, 2),
    ...[...kommuneLeder].filter((url) => !lis.has(url)).slice(0, 1),
  ];
  expect(broken).toHaveLength(3);
  const { worker: sw } = await policy.apply({ defaultRole: 'lis', lockRole: true });
  const worker = new ExtensionWorker(sw);
  await worker.storeRole('kommune-leder');
  await worker.setLocal({
    linkHealth: { links: Object.fromEntries(broken.map((url) => [url, brokenRecord(url)])), lastRun: null },
  });
  // Locked to LIS: LIS's two, though the user's own choice would count one.
  await expect.poll(() => worker.badge()).toBe('2');

  // The lock lifted while the browser runs: the user's own role counts again.
  await policy.change({ defaultRole: 'lis', lockRole: false });
  await expect.poll(() => worker.badge()).toBe('1');

  // Locked to a third role: that role's count (the two LIS pages are the hospital leader's too).
  await policy.change({ defaultRole: 'sykehus-leder', lockRole: true });
  expect(broken.filter((url) => urlsOf('sykehus-leder').has(url))).toHaveLength(2);
  await expect.poll(() => worker.badge()).toBe('2');
});

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

// Chromium checks the policy against assets/managed-schema.json first and drops the whole list when
// one link breaks it, so the schema only names the texts and lib/policy judges each link alone
// (docs/it-admin.md).
test('one broken organisation link costs only itself; the popup lists the first 500 of 520, and none once the policy drops them', async () => {
  const { context, extensionId } = await policy.apply({
    defaultRole: 'lis',
    extraLinks: MIXED.map((m) => m.link),
  });

  await test.step('one broken link costs only itself', async () => {
    const { page: popup } = await PopupPage.open(context, extensionId);
    await expect.poll(() => hrefs(popup)).toEqual(MIXED.flatMap((m) => (m.shown ? [m.shown] : [])));
    await expect(popup.locator('a[href^="javascript:"]')).toHaveCount(0);
    await popup.close();
  });

  await test.step('the first 500 of 520 links', async () => {
    await policy.change({ defaultRole: 'lis', extraLinks: many });
    const { page: popup } = await PopupPage.open(context, extensionId);
    // The first 500 are used (the cap, docs/it-admin.md), after the official groups.
    await expect(orgLinks(popup)).toHaveCount(500);
    await expect(orgLinks(popup).last()).toHaveAttribute('href', at('lenke/500'));
    await expect(popup.locator('li.entry').first()).toBeVisible();
    await popup.close();
  });

  await test.step('none once the policy drops them', async () => {
    await policy.change({ defaultRole: 'lis' });
    const { page: popup } = await PopupPage.open(context, extensionId);
    await expect(orgLinks(popup)).toHaveCount(0);
  });
});

const HOSTILE = `<img src=x onerror="document.title='pwned'"> & "Vakt" <script>alert(1)</script>`;

test("an organisation's hostile titles reach the clipboard and the handout as text", async () => {
  // A copy, a read-back and the handout: well over 30 s on a busy machine.
  test.setTimeout(90_000);
  const link = {
    title: HOSTILE,
    url: 'https://intranett.sykehus.example/vakt',
    description: HOSTILE,
    roles: ['lis'],
  };
  const { context, extensionId } = await policy.apply({ defaultRole: 'lis', extraLinks: [link] });
  await context.route(/^https:\/\//, (route) => route.fulfill({ status: 200, body: 'stub page' }));
  const { page: popup } = await PopupPage.open(context, extensionId);
  await expect(popup.locator('li.entry a').last()).toHaveAttribute('href', link.url);
  expect(await copyLinks(popup)).toBe(nb.shareCopied(roleUrls('lis').length + 1));
  const clip = await readClipboard(context);
  expect(clip.parsed.active).toBe(0);
  expect(clip.parsed.linkTitles.at(-1)).toBe(HOSTILE);
  expect(clip.parsed.hrefs.at(-1)).toBe(link.url);
  expect(clip.text).toContain(`  - ${HOSTILE} – ${HOSTILE}\n    ${link.url}\n`);

  const { page: handout } = await HandoutPage.openIn(await context.newPage(), extensionId, 'role=lis');
  await expect(handout.locator('.handout-title').last()).toHaveText(HOSTILE);
  expect(await handout.locator('.handout-sheet img, .handout-sheet script').count()).toBe(0);
  expect(await handout.title()).not.toBe('pwned');
});

test("an organisation's default specialty shows until the user picks another, or none", async () => {
  const heading = (name: string) => `${nb.sectionTitles.specialty}: ${name}`;
  const specialtySection = (page: Page) => page.locator('[data-section="specialty"]');
  const { context, extensionId } = await policy.apply({ defaultRole: 'lis', defaultSpecialty: 'gyn' });
  const popup = await PopupPage.open(context, extensionId);
  await expect(popup.groupHeadings.first()).toHaveText(heading('Fødselshjelp og kvinnesykdommer'));
  await popup.page.getByLabel(nb.specialtyLabel).selectOption('bup');
  await expect(popup.groupHeadings.first()).toHaveText(heading('Barne- og ungdomspsykiatri'));
  // The default is only a default: "none" stays none, on the next open too.
  await popup.page.getByLabel(nb.specialtyLabel).selectOption('');
  await expect(specialtySection(popup.page)).toHaveCount(0);
  await popup.reload();
  await expect(popup.page.getByLabel(nb.specialtyLabel)).toHaveValue('');
  await expect(specialtySection(popup.page)).toHaveCount(0);
});
