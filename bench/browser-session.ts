/**
 * One Chromium with a bench build loaded, in a fresh profile, the way the browser tests launch
 * it (tests/e2e/fixtures.ts), with the role picked once so the popup opens on its list.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { INSTALL_HINT, QUIET_FLAGS, extensionFlags, findChromium } from '../scripts/browser';

export interface Session {
  context: BrowserContext;
  /** chrome-extension://<id>/ */
  base: string;
  close(): Promise<void>;
}

export async function openSession(extensionDir: string, role: string): Promise<Session> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(`No Chromium found. ${INSTALL_HINT}`);
  const profile = mkdtempSync(join(tmpdir(), 'spes-bench-'));
  const args = [...QUIET_FLAGS, '--disable-quic', '--disable-gpu', ...extensionFlags(extensionDir)];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  // A Norwegian browser's languages, as most users have and the browser tests give
  // (tests/e2e/fixtures.ts): the popup then opens in bokmål, whose texts are in its own code.
  // Debian's Chromium speaks only en-US, which would time the English open instead.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args,
    locale: 'nb-NO',
  });
  // Catalogue links and the link checker must never reach the network from a benchmark.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // No scheduled link check may start in the middle of a measurement.
  await worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { alarms: { clearAll(): Promise<boolean> } } }
    ).chrome.alarms.clearAll(),
  );
  const base = `chrome-extension://${new URL(worker.url()).host}/`;
  for (const page of context.pages()) await page.close(); // the welcome page
  const popup = await context.newPage();
  await popup.goto(`${base}popup.html`);
  await popup.locator(`[data-role="${role}"]`).click();
  await popup.locator('li.entry').first().waitFor();
  // As in a browser that has opened the popup before: it has mirrored the organisation's settings
  // (lib/platform/mirror.ts). Chromium answers the first storage.managed read only after 2-3 s,
  // and not at all to a page closed sooner; without this wait no timed open (closed at once) ever
  // wrote the mirror, and every one measured the popup's 300 ms wait for the policy instead.
  await popup.waitForFunction(() => localStorage.getItem('spes.mirror.managed') !== null, undefined, {
    timeout: 15_000,
  });
  await popup.close();
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, base, close };
}

/** A fresh tab, as the toolbar button opens a fresh popup document each time. */
export async function newTab(session: Session): Promise<Page> {
  return session.context.newPage();
}
