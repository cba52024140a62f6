/**
 * Real Firefox (Debian's firefox-esr) driven by puppeteer-core over WebDriver BiDi, with the
 * Firefox build installed as a temporary add-on. BiDi will not navigate to moz-extension:// URLs,
 * so tests work in the welcome page the extension opens itself on install.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { findFirefox } from '../../scripts/browser';

export const FIREFOX_BUILD = resolve(process.env.SPES_FIREFOX_BUILD ?? '.output/firefox-mv2');

export async function launchFirefoxWithSpes(): Promise<Browser> {
  if (!existsSync(resolve(FIREFOX_BUILD, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${FIREFOX_BUILD}: run \`npx wxt build -b firefox\` first.`);
  }
  // `npm test` gets a Firefox first (scripts/install-plan.ts) and passes it on as FIREFOX_PATH.
  const executablePath = await findFirefox();
  if (!executablePath)
    throw new Error('No Firefox found: run `npm test`, which gets one, or set FIREFOX_PATH.');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath,
    headless: true,
    // Spes follows the browser's languages (lib/i18n); firefox-esr here has only en-US, so the
    // tests ask for a Norwegian user's list, as most users have.
    extraPrefsFirefox: { 'intl.accept_languages': 'nb-NO, nb, en' },
  });
  await browser.installExtension(FIREFOX_BUILD);
  return browser;
}

// Puppeteer keeps the first URL it saw for a tab the extension opened, so ask the page itself.
async function hrefOf(page: Page): Promise<string> {
  return page.evaluate(() => location.href).catch(() => '');
}

/** The tab showing the extension's page `name` (e.g. "welcome.html"), waiting up to `timeoutMs`. */
export async function extensionPage(browser: Browser, name: string, timeoutMs = 10_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const href = await hrefOf(page);
      if (href.startsWith('moz-extension://') && href.endsWith(`/${name}`)) return page;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Spes never opened ${name} in Firefox`);
}

/** Loads another page of the extension in the same tab, from inside it (BiDi may not go there). */
export async function openInside(page: Page, path: string): Promise<void> {
  await page.evaluate((p) => location.assign(p), path);
  await page.waitForFunction((p) => location.pathname === p && document.readyState === 'complete', {}, path);
}

export const texts = (page: Page, selector: string): Promise<string[]> =>
  page.$$eval(selector, (els) => els.map((el) => el.textContent ?? ''));

/** What the reset runs in an extension page: the stores the extension writes. */
interface WithStores {
  browser: { storage: { local: { clear(): Promise<void> }; sync: { clear(): Promise<void> } } };
}

/**
 * One Firefox for the whole test file, started before its first test and closed after its last: a
 * start costs seconds. Between tests the extension is put back as just installed (storage.local,
 * storage.sync and the pages' localStorage, where they mirror settings) and its tab back on the
 * welcome page, which then shows the role picker again. A test that needs a Firefox of its own (a
 * policy file, read only at start) launches one instead.
 */
export function oneFirefoxPerFile(): { welcome(): Promise<Page> } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchFirefoxWithSpes();
  });
  afterEach(async () => {
    if (!browser) return;
    const page = await extensionTab(browser);
    await page.evaluate(async () => {
      localStorage.clear();
      const stores = (globalThis as unknown as WithStores).browser.storage;
      await Promise.all([stores.local.clear(), stores.sync.clear()]);
    });
    await openInside(page, '/welcome.html');
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    /** The tab on the extension's welcome page, with the role picker showing. */
    async welcome() {
      if (!browser) throw new Error('Firefox did not start');
      const page = await extensionPage(browser, 'welcome.html');
      await page.waitForSelector('.role-choice');
      return page;
    },
  };
}

/** The one tab on an extension page (the welcome tab, moved on by a test). */
async function extensionTab(browser: Browser): Promise<Page> {
  for (const page of await browser.pages()) {
    if ((await hrefOf(page)).startsWith('moz-extension://')) return page;
  }
  throw new Error('no tab on a Spes page in Firefox');
}
