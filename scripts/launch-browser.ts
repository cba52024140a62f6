/**
 * Opens a Chromium-family browser with the built extension in a fresh, temporary
 * profile. Spes opens its welcome page itself on first install.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { INSTALL_HINT, QUIET_FLAGS, extensionFlags, findChromium } from './browser';

const extensionDir = resolve('.output/chrome-mv3');
const browser = findChromium();

if (!browser) {
  console.log(`No Chromium-family browser found. ${INSTALL_HINT}`);
  console.log(`To try Spes now, load this folder as an unpacked extension:\n  ${extensionDir}`);
  console.log('(chrome://extensions or edge://extensions → Developer mode → Load unpacked)');
  process.exit(0);
}

const profile = mkdtempSync(join(tmpdir(), 'spes-start-'));
const args = [...QUIET_FLAGS, ...extensionFlags(extensionDir), `--user-data-dir=${profile}`];
if (process.getuid?.() === 0) args.push('--no-sandbox'); // Chromium refuses to run as root otherwise.

console.log(`Opening ${browser} with Spes loaded (temporary profile ${profile}).`);
const child = spawn(browser, args, { stdio: 'ignore' });
child.on('error', (error) => {
  console.error(`Could not start ${browser}: ${error.message}`);
  console.log(`Load this folder as an unpacked extension instead:\n  ${extensionDir}`);
});
child.on('exit', (code) => {
  rmSync(profile, { recursive: true, force: true });
  if (code) {
    console.log(
      `The browser exited with code ${code} (no display?). Load this folder by hand:\n  ${extensionDir}`,
    );
  }
});
