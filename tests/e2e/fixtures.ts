/**
 * Playwright fixtures: a persistent Chromium profile with the built extension loaded,
 * its id, and its service worker. Set SPES_EXTENSION_DIR to test another build.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { INSTALL_HINT, QUIET_FLAGS, extensionFlags, findChromium } from '../../scripts/browser';

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
  // covers the others.
  return chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    args,
    ...(locale === null ? {} : { locale }),
  });
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'spes-profile-'));
}

interface Fixtures {
  profileDir: string;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  openPopup: () => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
  profileDir: async ({}, use) => {
    const dir = newProfileDir();
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  context: async ({ profileDir }, use) => {
    const context = await launchWithExtension(profileDir);
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => use(await serviceWorkerOf(context)),
  extensionId: async ({ serviceWorker }, use) => use(new URL(serviceWorker.url()).host),
  openPopup: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      // The live app, not the snapshot of the last list it may first show (lib/snapshot).
      await page.locator('#app > main:not([data-snapshot])').waitFor();
      return page;
    });
  },
});

export const expect = test.expect;

/** Opens the popup on a fresh profile and picks `role` in its role picker. */
export async function popupAs(openPopup: () => Promise<Page>, role: string): Promise<Page> {
  const popup = await openPopup();
  await popup.locator(`[data-role="${role}"]`).click();
  await expect(popup.locator('#search-input')).toBeFocused();
  return popup;
}

/**
 * Opens the popup once as a user would the first time: picks `role`, waits until the popup has
 * kept its list for the next open (lib/snapshot), and closes it.
 */
export async function openPopupOnce(openPopup: () => Promise<Page>, role: string): Promise<void> {
  const first = await openPopup();
  await first.locator(`[data-role="${role}"]`).click();
  await expect(first.locator('li.entry').first()).toBeVisible();
  await expect
    .poll(() => first.evaluate(() => localStorage.getItem('spes.snapshot.popup') !== null))
    .toBe(true);
  await first.close();
}
