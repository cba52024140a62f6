/**
 * `npm start` opens the browser with no start window (scripts/launch-browser.ts), so that the
 * welcome page is the only thing on screen. This needs a real Chromium: whether the install
 * handler still finds a place for the welcome page when no window exists is the browser's
 * behaviour (`tabs.create` refuses with no window; the handler then opens a window).
 * Playwright's own launch always opens a page, so this test starts Chromium itself, with the
 * launcher's flags, and attaches over the DevTools protocol.
 */
import { spawn, type ChildProcess } from 'node:child_process';
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
  // Detached: Chromium leads a process group of its own, so its helpers can be stopped with it.
  const child = spawn(findChromium() ?? 'chromium', args, { stdio: 'ignore', detached: true });
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
    // The profile goes once no process of the browser's group is left to write to it: on a busy
    // machine its helper processes outlived the main one and refilled the profile as it went.
    await stopGroup(child);
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
});

/** Waits for the browser's own exit (it was asked to close), then ends whatever its group left. */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined) return; // it never started
  const group = -child.pid;
  const exited = child.exitCode === null ? new Promise((done) => child.once('exit', done)) : null;
  // A browser that ignored the close (or never got it) is ended after 10 s.
  if (exited) await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
  const alive = () => {
    try {
      process.kill(group, 0);
      return true;
    } catch {
      return false; // no process of the group is left
    }
  };
  if (alive()) process.kill(group, 'SIGKILL');
  await exited;
  await expect.poll(alive, { timeout: 15_000 }).toBe(false);
}
