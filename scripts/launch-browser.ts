/**
 * Opens a Chromium-family browser with the built extension in a fresh, temporary profile (getting
 * Chromium first if none is installed: scripts/install-plan.ts). Spes opens its welcome page
 * itself on first install, in a window of its own. The profile is removed when the browser exits, also when this script
 * is stopped by Ctrl+C or a signal: it closes the browser first.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { QUIET_FLAGS, extensionFlags } from './browser';
import { ensureBrowser } from './install-browser';

const extensionDir = resolve('.output/chrome-mv3');
const browser = await ensureBrowser('chromium');

if (!browser) {
  console.log(`To try Spes now, load this folder as an unpacked extension:\n  ${extensionDir}`);
  console.log('(chrome://extensions or edge://extensions → Developer mode → Load unpacked)');
  process.exit(0);
}

const profile = mkdtempSync(join(tmpdir(), 'spes-start-'));
// No start window: Spes opens its welcome page in a window of its own on install, and a start
// window would stand beside it as an empty tab.
const args = [
  ...QUIET_FLAGS,
  ...extensionFlags(extensionDir),
  `--user-data-dir=${profile}`,
  '--no-startup-window',
];
if (process.getuid?.() === 0) args.push('--no-sandbox'); // Chromium refuses to run as root otherwise.

// Stopped by a signal: close the browser, and let its exit remove the profile. A browser that has
// not gone 10 s later is killed, so the profile still goes. Listening starts before the browser
// does: a signal that came after the browser started and before this script listened would end
// the script the default way, leaving the browser and its profile behind (seen on a busy machine
// in tests/unit/scripts/launch-browser.test.ts). A handler runs only after this synchronous part,
// so `child` is there by then.
let stoppedBy: NodeJS.Signals | undefined;
const stop = (signal: NodeJS.Signals) => {
  if (stoppedBy) return;
  stoppedBy = signal;
  child.kill('SIGTERM');
  setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, stop);

console.log(`Opening ${browser} with Spes loaded (temporary profile ${profile}).`);
const child = spawn(browser, args, { stdio: 'ignore' });

child.on('error', (error) => {
  rmSync(profile, { recursive: true, force: true });
  console.error(`Could not start ${browser}: ${error.message}`);
  console.log(`Load this folder as an unpacked extension instead:\n  ${extensionDir}`);
  process.exit(1);
});
child.on('exit', (code) => {
  rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  if (stoppedBy) {
    console.log('Stopped; the temporary profile is removed.');
    process.exit(128 + constants.signals[stoppedBy]); // as a shell reports a process a signal ended
  }
  if (code) {
    console.log(
      `The browser exited with code ${code} (no display?). Load this folder by hand:\n  ${extensionDir}`,
    );
  }
});
