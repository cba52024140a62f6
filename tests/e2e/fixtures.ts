/**
 * Playwright fixtures: one Chromium with the built extension per Playwright worker, reset between
 * tests, so a test pays for its own pages and not for a browser start (1-5 s each). Set
 * SPES_EXTENSION_DIR to test another build.
 *
 * `context`, `serviceWorker`, `extensionId` and `openPopup` come from that shared browser. A test
 * that needs a browser of its own (installing, a restart, a policy file, the browser's own
 * language, another build) takes `withFreshBrowser` and says why.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { INSTALL_HINT, QUIET_FLAGS, extensionFlags, findChromium } from '../../scripts/browser';
import {
  chromiumPolicyFor,
  policySkipReason,
  reloadChromiumPolicies,
  rewritePolicy,
  writeTemporaryPolicy,
} from '../fixtures/policy-file';
import { copyOfBuild } from '../fixtures/test-build';
import { ExtensionWorker, PopupPage } from './pages';

export const EXTENSION_DIR = resolve(process.env.SPES_EXTENSION_DIR ?? '.output/chrome-mv3');

/**
 * Chromium with the extension loaded, its pages speaking `locale`. With `locale: null` the browser
 * keeps its own language everywhere (Debian's Chromium: en-US): Playwright's locale reaches the
 * service worker too when it attaches before the worker starts, which is a race.
 */
export async function launchWithExtension(
  profileDir: string,
  extensionDir = EXTENSION_DIR,
  locale: string | null = 'nb-NO',
) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(`No Chromium found. ${INSTALL_HINT}`);
  // No QUIC or GPU on the test machines; both only add noise there.
  const args = [...QUIET_FLAGS, '--disable-quic', '--disable-gpu', ...extensionFlags(extensionDir)];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  // Spes follows the browser's language (lib/i18n). Debian's Chromium here speaks only en-US, so
  // pages are given a Norwegian browser's languages, as most users have; tests/e2e/i18n.spec.ts
  // covers the others. Playwright's locale alone reaches a page only once it has attached to it,
  // and a page the extension opens at once (the welcome page on install, the search page from the
  // right-click menu) ran in English before that on a loaded machine; the profile's own language
  // setting is there from the start, for the worker too.
  if (locale !== null) presetLanguages(profileDir, locale);
  return chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    args,
    ...(locale === null ? {} : { locale }),
  });
}

/** Gives a new profile the browser's content languages; a profile in use keeps its own settings. */
function presetLanguages(profileDir: string, locale: string): void {
  const preferences = join(profileDir, 'Default', 'Preferences');
  if (existsSync(preferences)) return;
  mkdirSync(dirname(preferences), { recursive: true });
  const languages = [locale, locale.split('-')[0], ...(locale.startsWith('nb') ? ['no'] : [])];
  writeFileSync(preferences, JSON.stringify({ intl: { accept_languages: languages.join(',') } }));
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'spes-profile-'));
}

export interface FreshBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
}

/**
 * Runs `use` in a Chromium of its own, in a new profile (or `profileDir`, kept), with `extensionDir`
 * loaded; closes it and removes the new profile afterwards, also when `use` fails.
 */
export async function withFreshBrowser(
  use: (browser: FreshBrowser) => Promise<void>,
  options: { extensionDir?: string; locale?: string | null; profileDir?: string } = {},
): Promise<void> {
  const profile = options.profileDir ?? newProfileDir();
  const context = await launchWithExtension(profile, options.extensionDir, options.locale);
  try {
    const worker = await serviceWorkerOf(context);
    await use({ context, worker, extensionId: new URL(worker.url()).host });
  } finally {
    await context.close();
    if (!options.profileDir) rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * Runs `use` in a browser of its own with a copy of the build (its own id) under a Chromium policy
 * file `policyFile` that gives that copy `settings`; removes policy and copy afterwards. The
 * caller skips the test when the policy cannot be written (tests/fixtures/policy-file.ts).
 */
export async function withPolicyBrowser(
  policyFile: string,
  settings: object,
  use: (browser: FreshBrowser) => Promise<void>,
): Promise<void> {
  const build = copyOfBuild(EXTENSION_DIR);
  const removePolicy = writeTemporaryPolicy(policyFile, chromiumPolicyFor(build.id, settings));
  try {
    await withFreshBrowser(
      async (browser) => {
        if (browser.extensionId !== build.id)
          throw new Error(`loaded ${browser.extensionId}, not ${build.id}`);
        await use(browser);
      },
      { extensionDir: build.dir },
    );
  } finally {
    removePolicy();
    build.remove();
  }
}

/** A file's policy browser (`policyBrowserForFile`). */
export interface PolicyBrowser {
  /** Puts the extension back as just installed, then gives it `settings` (`change`). */
  apply(settings: object): Promise<FreshBrowser>;
  /** Gives the extension `settings` while it runs, and waits until its worker reads them. */
  change(settings: object): Promise<void>;
}

/** Settings in short: each key with its value, or a list's length, sorted by key. */
const outline = (settings: object) =>
  JSON.stringify(
    Object.entries(settings)
      .map(([key, value]) => [key, Array.isArray(value) ? value.length : value])
      .sort(),
  );

/**
 * The policy as the extension's worker reads it, in short, or 'no answer' when a read takes over
 * 5 s, so that one slow read cannot use up the wait (before this, the wait for a changed policy
 * ran out once in nine runs of tests/e2e/policy.spec.ts).
 */
async function managedOutline(context: BrowserContext): Promise<string> {
  const worker = new ExtensionWorker(await serviceWorkerOf(context));
  const late = new Promise<string>((resolve) => setTimeout(resolve, 5_000, 'no answer'));
  return Promise.race([worker.managed().then(outline), late]);
}

/**
 * One browser for the tests of a file that each bring a policy: a copy of the build (its own id)
 * under `policyFile`, started before the file's first test and closed after its last, instead of
 * a browser a test (a start and Chromium's first policy read cost seconds, a policy reload much
 * less). Each test begins with `apply`. Without the rights to write the policy nothing starts:
 * the tests skip themselves with `policySkipReason`.
 */
export function policyBrowserForFile(policyFile: string): PolicyBrowser {
  let running: SharedBrowser | undefined;
  let cleanUp = async () => {};
  test.beforeAll(async () => {
    if (policySkipReason(policyFile) !== null) return;
    const build = copyOfBuild(EXTENSION_DIR);
    const removePolicy = writeTemporaryPolicy(policyFile, chromiumPolicyFor(build.id, {}));
    const profile = newProfileDir();
    // Set first, so that a start that fails leaves no policy file behind either.
    cleanUp = async () => {
      await running?.context.close();
      removePolicy();
      build.remove();
      rmSync(profile, { recursive: true, force: true });
    };
    running = await startSharedBrowser(profile, build.dir);
    // The first policy read, before any test changes the policy: it takes seconds in a new profile.
    await base.expect.poll(() => managedOutline(browser().context), { timeout: 30_000 }).toBe(outline({}));
  });
  test.afterAll(() => cleanUp());
  const browser = () => {
    if (!running) throw new Error(`no policy browser: ${policySkipReason(policyFile)}`);
    return running;
  };
  const change = async (settings: object) => {
    const { context, extensionId } = browser();
    rewritePolicy(policyFile, chromiumPolicyFor(extensionId, settings));
    await reloadChromiumPolicies(context);
    // Chromium hands a link on without the fields its schema does not name, so the settings are
    // compared by their values and their lists' lengths.
    await base.expect.poll(() => managedOutline(context), { timeout: 30_000 }).toBe(outline(settings));
  };
  return {
    change,
    async apply(settings) {
      const { context, extensionId, reset } = browser();
      await reset();
      await change(settings);
      // Asked anew: Chromium may have stopped and restarted the worker since the last test.
      return { context, extensionId, worker: await serviceWorkerOf(context) };
    },
  };
}

/** The shared browser of one Playwright worker. */
interface SharedBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Puts the browser back as a test found it (see `resetBrowser`). */
  reset(): Promise<void>;
}

/** What `resetBrowser` runs in an extension page: clears every store the extension writes. */
interface WithStores {
  chrome: {
    storage: { local: { clear(): Promise<void> }; sync: { clear(): Promise<void> } };
    action: { getBadgeText(details: object): Promise<string> };
  };
}

/**
 * Back to a just-installed extension: one blank tab, no routes or granted permissions, and empty
 * storage.local, storage.sync and localStorage (where the pages mirror settings, lib/platform).
 * The test's pages go first (closed, or navigated away for the reset) so that none writes back. Clearing the link health clears the
 * badge (entrypoints/background/link-badge.ts); the reset waits for that. The link-check alarm
 * follows the cleared settings by itself, and no test on the shared browser reads it.
 */
async function resetBrowser(context: BrowserContext, extensionId: string): Promise<void> {
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await context.clearPermissions();
  // One of the test's pages does the reset (a new one costs up to 2 s on a busy machine).
  const [page = await context.newPage(), ...others] = context.pages();
  await Promise.all(others.map((p) => p.close()));
  // An extension page with no script of its own: nothing in it reads or writes the stores.
  await page.goto(`chrome-extension://${extensionId}/manifest.json`);
  await page.evaluate(async () => {
    const { chrome } = globalThis as unknown as WithStores;
    localStorage.clear();
    await Promise.all([chrome.storage.local.clear(), chrome.storage.sync.clear()]);
  });
  await base.expect
    .poll(() => page.evaluate(() => (globalThis as unknown as WithStores).chrome.action.getBadgeText({})))
    .toBe('');
  // A browser window always has a tab: the omnibox and the right-click menu belong to one.
  await page.goto('about:blank');
}

async function startSharedBrowser(profileDir: string, extensionDir = EXTENSION_DIR): Promise<SharedBrowser> {
  const context = await launchWithExtension(profileDir, extensionDir);
  const worker = await serviceWorkerOf(context);
  const extensionId = new URL(worker.url()).host;
  // The welcome tab opens on install; wait for it, so it cannot turn up in a later test.
  const welcome = `chrome-extension://${extensionId}/welcome.html`;
  if (!context.pages().some((p) => p.url() === welcome)) {
    await context.waitForEvent('page', { predicate: (p) => p.url() === welcome });
  }
  await resetBrowser(context, extensionId);
  return { context, extensionId, reset: () => resetBrowser(context, extensionId) };
}

interface WorkerFixtures {
  sharedBrowser: SharedBrowser;
}

interface Fixtures {
  profileDir: string;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  openPopup: () => Promise<Page>;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  sharedBrowser: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
    async ({}, use) => {
      const dir = newProfileDir();
      const shared = await startSharedBrowser(dir);
      await use(shared);
      await shared.context.close();
      rmSync(dir, { recursive: true, force: true });
    },
    // A browser start on a busy two-core machine took up to 20 s.
    { scope: 'worker', timeout: 60_000 },
  ],
  // A fresh folder for a test that starts its own browser on it twice (a restart).
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
  profileDir: async ({}, use) => {
    const dir = newProfileDir();
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  context: async ({ sharedBrowser }, use) => {
    await use(sharedBrowser.context);
    await sharedBrowser.reset();
  },
  serviceWorker: async ({ context }, use) => use(await serviceWorkerOf(context)),
  extensionId: async ({ sharedBrowser }, use) => use(sharedBrowser.extensionId),
  openPopup: async ({ context, extensionId }, use) => {
    await use(async () => (await PopupPage.open(context, extensionId)).page);
  },
});

export const expect = test.expect;

/** Opens the popup on a fresh profile and picks `role` in its role picker. */
export async function popupAs(openPopup: () => Promise<Page>, role: string): Promise<Page> {
  const popup = new PopupPage(await openPopup());
  await popup.pickRole(role);
  return popup.page;
}
