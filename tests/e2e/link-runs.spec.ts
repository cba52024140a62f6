/**
 * Link check runs in real Chromium, every request counted on the local link server. What the
 * organisation's `checkLinks: false` promises (docs/it-admin.md), with a real policy file: no
 * request on start, not even to finish an interrupted run; no alarm; the options page shows
 * checks off and the worker refuses "Sjekk lenkene nå" even when a page asks; a run stops when
 * the policy switches checks off, and the alarm comes back when it switches them on. A worker
 * stopped mid-run finishes the run, each link asked once. Two runs hours apart mark a link
 * broken, in the link report, the popup and the badge. And without network, a check says so
 * after its first few requests instead of spending minutes on retries. One test build (wxt.config.ts,
 * SPES_CATALOGUE) whose catalogue and host permissions point at the local link server, for them all.
 */
import type { BrowserContext, Worker } from '@playwright/test';
import { rmSync } from 'node:fs';
import { nb } from '../../lib/i18n/nb';
import { linkCatalogue } from '../fixtures/link-catalogue';
import { startDroppingServer, startLinkServer, type LinkServer } from '../fixtures/link-server';
import {
  chromiumPolicyFor,
  policySkipReason,
  reloadChromiumPolicies,
  rewritePolicy,
  writeTemporaryPolicy,
} from '../fixtures/policy-file';
import { buildWithCatalogue, freePort, type TestBuild } from '../fixtures/test-build';
import { expect, newProfileDir, test, withFreshBrowser } from './fixtures';
import { ExtensionWorker, OptionsPage, PopupPage } from './pages';

// Working pages after the six scenario links, all on 127.0.0.1. The test build pauses only
// milliseconds between requests (entrypoints/background/link-check.ts), so a run is interrupted
// where the test holds one of these unanswered (`holdNext`): surely mid-run, with links on both
// sides of it.
const EXTRA_PAGES = 4;
const HELD = '/ok/side-2';

interface Sw {
  chrome: { runtime: { sendMessage(message: object): Promise<unknown> } };
  spesTest: { checkLinksAt(time: number): Promise<unknown> };
}

const HOUR = 3_600_000;

const policyFile = `/etc/chromium/policies/managed/spes-e2e-checks-${process.pid}.json`;
const skip = policySkipReason(policyFile);

let port: number;
let build: TestBuild;
let server: LinkServer | undefined;
const urls = () => linkCatalogue(port, EXTRA_PAGES).entries.map((e) => e.url);
/** Every request the link server has seen, hops included. */
const requests = () => [...(server?.log.hits.values() ?? [])].reduce((a, b) => a + b, 0);
/** The server's requests per path so far, to count from. */
const hitsNow = () => new Map(server?.log.hits);
/** The requests for `path` since `before` (from `hitsNow`). */
const sentSince = (before: Map<string, number>, path: string) =>
  (server?.log.hits.get(path) ?? 0) - (before.get(path) ?? 0);

test.beforeAll(async () => {
  test.setTimeout(180_000); // one build of the extension, on a busy machine
  port = await freePort();
  build = buildWithCatalogue(linkCatalogue(port, EXTRA_PAGES));
  server = await startLinkServer(port);
});

test.afterAll(async () => {
  await server?.close();
  build?.remove();
});

const stored = (worker: Worker, key: string) => new ExtensionWorker(worker).local(key);
const alarm = (worker: Worker) => new ExtensionWorker(worker).linkCheckAlarm();
const managed = (worker: Worker) => new ExtensionWorker(worker).managed();

/**
 * Runs `use` in a browser of its own, for the test build (and for a policy file, or a worker that
 * is stopped), in `profile` or a new one; closed afterwards.
 */
function withBrowser(use: (context: BrowserContext, worker: Worker) => Promise<void>, profile?: string) {
  return withFreshBrowser(({ context, worker }) => use(context, worker), {
    extensionDir: build.dir,
    profileDir: profile,
  });
}

test('checkLinks false: no request on start, not even for an interrupted run, and "Sjekk lenkene nå" refused', async () => {
  test.skip(skip !== null, skip ?? '');
  test.setTimeout(90_000);
  const profile = newProfileDir();
  let removePolicy = () => {};
  // Should the first browser's worker resume the stored run, it stops at the held link.
  const hold = server?.holdNext(HELD);
  try {
    // A run that a browser closed mid-way left behind, as the worker saves it after each link.
    await withBrowser(
      (_context, worker) =>
        new ExtensionWorker(worker).setLocal({
          linkRun: { startedAt: Date.now(), urls: urls(), results: [] },
        }),
      profile,
    );
    removePolicy = writeTemporaryPolicy(policyFile, chromiumPolicyFor(build.id, { checkLinks: false }));
    // The first browser's worker may still have been starting when the run was stored, and then
    // resumed it until that browser closed (seen at load 19): only what comes after counts.
    hold?.cancel();
    const before = requests();
    await withBrowser(async (context, worker) => {
      // On start the worker asks the policy and drops the run instead of finishing it: once the
      // run is gone, the worker has decided; had it finished the run, the server would have seen it.
      await expect.poll(() => stored(worker, 'linkRun'), { timeout: 45_000 }).toBeNull();
      expect(requests() - before).toBe(0);
      expect(await alarm(worker)).toBeNull();

      const options = await OptionsPage.open(context, build.id);
      await expect(options.page.getByTestId('checks-off-by-org')).toHaveText(nb.checksOffByOrg);
      await expect(options.interval).toBeDisabled();
      await expect(options.interval).toHaveValue('off');
      await expect(options.page.getByRole('button', { name: nb.checkNow })).toBeDisabled();
      // A page that sends the button's request anyway is refused by the worker.
      const answer = await options.page.evaluate(() =>
        (globalThis as unknown as Sw).chrome.runtime.sendMessage({ type: 'spes:check-links-now' }),
      );
      expect(answer).toBeNull();
      expect(requests() - before).toBe(0);
      expect(await stored(worker, 'linkHealth')).toBeNull();
    }, profile);
  } finally {
    hold?.cancel();
    removePolicy();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('switched off mid-run the run stops; switched on again the alarm comes back', async () => {
  test.skip(skip !== null, skip ?? '');
  test.setTimeout(90_000);
  const removePolicy = writeTemporaryPolicy(policyFile, chromiumPolicyFor(build.id, { checkLinks: true }));
  try {
    await withBrowser(async (context, worker) => {
      // Chromium's policy service takes seconds to answer the first time.
      await expect.poll(async () => (await managed(worker)).checkLinks, { timeout: 20_000 }).toBe(true);
      await expect.poll(() => alarm(worker)).not.toBeNull();
      const before = hitsNow();
      const held = server?.holdNext(HELD);
      await worker.evaluate(() => void (globalThis as unknown as Sw).spesTest.checkLinksAt(Date.now()));
      await held?.arrived;

      rewritePolicy(policyFile, chromiumPolicyFor(build.id, { checkLinks: false }));
      await reloadChromiumPolicies(context);
      // The run stops, drops its progress and records nothing; the alarm goes.
      await expect.poll(() => stored(worker, 'linkRun'), { timeout: 20_000 }).toBeNull();
      const atStop = requests();
      const asked = urls().filter((url) => sentSince(before, new URL(url).pathname) > 0);
      expect(asked.length, 'links asked before the run stopped').toBeLessThan(urls().length);
      expect(await alarm(worker)).toBeNull();
      expect(await stored(worker, 'linkHealth')).toBeNull();

      rewritePolicy(policyFile, chromiumPolicyFor(build.id, { checkLinks: true }));
      await reloadChromiumPolicies(context);
      await expect.poll(() => alarm(worker), { timeout: 20_000 }).not.toBeNull();
      // Nothing ran meanwhile: the held request, on the wire when checks went off, was the last.
      expect(requests()).toBe(atStop);
    });
  } finally {
    removePolicy();
  }
});

test('a worker stopped mid-run finishes the run "Sjekk lenkene nå" asked for, each link asked once', async () => {
  test.setTimeout(90_000);
  await withBrowser(async (context) => {
    const options = new OptionsPage(await context.newPage());
    const errors: string[] = [];
    options.page.on('pageerror', (error) => errors.push(error.message));
    await options.page.goto(`chrome-extension://${build.id}/options.html`);
    const before = hitsNow();
    const held = server?.holdNext(HELD);
    await options.page.getByRole('button', { name: nb.checkNow }).click();
    await held?.arrived;
    // As Chromium does to a worker that has spent 5 minutes on one request, or sat idle.
    const devtools = await context.newCDPSession(options.page);
    await devtools.send('ServiceWorker.enable');
    await devtools.send('ServiceWorker.stopAllWorkers');
    // The run goes on from where it was saved; the alarm is minutes away.
    await expect(options.lastRun).toContainText(`${urls().length} lenker, fullført`, {
      timeout: 60_000,
    });
    // Only the link in flight when the worker stopped, the held one, is asked again.
    const repeated = [...(server?.log.hits.keys() ?? [])].filter((path) => sentSince(before, path) > 1);
    expect(repeated).toEqual([HELD]);
    expect(errors).toEqual([]);
  });
});

// A browser of its own, for the test build.
test('a link is marked broken after two runs hours apart, in the popup and the badge', async () => {
  await withBrowser((context, worker) => checkTwiceAndLook(context, new ExtensionWorker(worker), build.id));
});

async function checkTwiceAndLook(context: BrowserContext, worker: ExtensionWorker, extensionId: string) {
  const badge = () => worker.badge();
  await worker.storeRole('lis');
  const before = hitsNow();

  // First run, started the way a user does it: "Sjekk lenkene nå" on the options page.
  const options = await OptionsPage.open(context, extensionId);
  await options.page.getByRole('button', { name: 'Sjekk lenkene nå' }).click();
  await expect(options.lastRun).toContainText(`${urls().length} lenker, fullført`, { timeout: 30_000 });
  const row = (id: string) => options.row(id);
  await expect(row('virker')).toHaveAttribute('data-link-state', 'ok');
  await expect(row('flyttet')).toHaveAttribute('data-link-state', 'moved');
  await expect(row('flyttet')).toContainText('/new-home');
  await expect(row('sperret')).toContainText('403');
  // One broken finding is not enough to say so.
  await expect(row('mangler')).toContainText('mulig brudd');
  expect(await badge()).toBe('');
  expect(sentSince(before, '/missing')).toBe(1);

  // Second run six hours later by the extension's clock.
  await worker.worker.evaluate(
    (t) => (globalThis as unknown as Sw).spesTest.checkLinksAt(t),
    Date.now() + 6 * HOUR,
  );
  await expect(row('mangler')).toHaveAttribute('data-link-state', 'broken');
  await expect(row('sperret')).toHaveAttribute('data-link-state', 'unknown');
  await expect.poll(badge).toBe('2');

  const { page: popup } = await PopupPage.open(context, extensionId);
  const item = (id: string) => popup.locator(`li[data-entry-id="${id}"]`);
  await expect(item('mangler')).toHaveAttribute('data-link-state', 'broken');
  const note = item('mangler').getByTestId('link-broken');
  await expect(note).toContainText('Lenken virket ikke da den ble sjekket');
  await expect(note.getByRole('link', { name: 'Åpne likevel' })).toHaveAttribute('href', /\/missing$/);
  await expect(note.getByRole('link', { name: 'Arkivert kopi' })).toHaveAttribute(
    'href',
    /^https:\/\/web\.archive\.org\/web\/\*\/http:\/\/127\.0\.0\.1:\d+\/missing$/,
  );
  await expect(item('flyttet').getByTestId('link-moved')).toContainText('Siden er flyttet til');
  await expect(item('virker').getByRole('note')).toHaveCount(0);
  await expect(item('sperret').getByRole('note')).toHaveCount(0);
  // The broken link keeps its place in the list.
  await expect(popup.locator('li.entry').nth(2)).toHaveAttribute('data-entry-id', 'mangler');

  // "Alle roller" counts the front-page redirect of the other role too.
  await worker.storeRole('alle');
  await expect.poll(badge).toBe('3');
}

test('with no network, "Sjekk lenkene nå" says so after the first few requests and changes nothing', async () => {
  test.setTimeout(60_000);
  // Every connection to the links' port is dropped at once, as with no network at all.
  await server?.close();
  server = undefined;
  const network = await startDroppingServer(port);
  try {
    await withBrowser(async (context, worker) => {
      const options = await OptionsPage.open(context, build.id);
      await options.page.getByRole('button', { name: nb.checkNow }).click();
      // The run stops once three requests have failed on two hosts with no answer: the first
      // link and its two retries, then the second host's link (a real run is about 6 s in by then,
      // with its 2 s and 4 s of backoff); the timeout is for a busy machine. Going on would cost
      // minutes of retries.
      await expect(options.lastRun).toContainText('Ingen nettverkstilgang', {
        timeout: 30_000,
      });
      await expect(options.page.getByRole('button', { name: nb.checkNow })).toBeEnabled();
      const record = (await stored(worker, 'linkHealth')) as { links: object; lastRun: { verdict: string } };
      expect(record.lastRun.verdict).toBe('no-network');
      expect(record.links).toEqual({});
      // A full run would try each of the 10 links three times; this one stopped after a few.
      expect(network.connections()).toBeGreaterThanOrEqual(1);
      expect(network.connections()).toBeLessThanOrEqual(8);
    });
  } finally {
    await network.close();
  }
});
