/**
 * `npm start` opens the browser with no start window (scripts/launch-browser.ts), so that the
 * welcome page is the only thing on screen. This needs a real Chromium: whether the install
 * handler still finds a place for the welcome page when no window exists is the browser's
 * behaviour (`tabs.create` refuses with no window; the handler then opens a window).
 * Playwright's own launch always opens a page, so this test starts Chromium itself, with the
 * launcher's flags, and attaches over the DevTools protocol.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { QUIET_FLAGS, extensionFlags, findChromium } from '../../scripts/browser';
import { EXTENSION_DIR, expect, newProfileDir, test } from './fixtures';

test('started with no window, as npm start does, Spes shows its welcome page and nothing else', async () => {
  const profile = newProfileDir();
  const port = 9400 + test.info().workerIndex;
  const args = [
    ...QUIET_FLAGS,
    ...extensionFlags(EXTENSION_DIR),
    `--user-data-dir=${profile}`,
    '--no-startup-window',
    '--headless=new',
    `--remote-debugging-port=${port}`,
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const child = spawn(findChromium() ?? 'chromium', args, { stdio: 'ignore' });
  try {
    // The DevTools endpoint answers once the browser is up; a busy machine may take seconds.
    let browser: Browser | undefined;
    await expect
      .poll(
        async () =>
          (browser ??= await chromium.connectOverCDP(`http://127.0.0.1:${port}`).catch(() => undefined)) !==
          undefined,
        {
          timeout: 20_000,
        },
      )
      .toBe(true);
    if (!browser) throw new Error('no browser');
    const context = browser.contexts()[0];
    if (!context) throw new Error('no browser context');
    await expect.poll(() => context.pages().map((p) => new URL(p.url()).pathname)).toEqual(['/welcome.html']);
    // Closed as a user would, so that it stops writing to its profile before the profile goes.
    await (await browser.newBrowserCDPSession()).send('Browser.close');
  } finally {
    // The profile goes once the browser has let go of it; its helper processes may take a moment
    // longer than the main one, hence the retries.
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill();
      await exited;
    }
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
});
