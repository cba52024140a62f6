// Installs dependencies when node_modules is missing or older than package-lock.json,
// so `npm start` and `npm test` work as the first command on a fresh clone.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const LOCK = 'package-lock.json';
const INSTALLED = 'node_modules/.package-lock.json';

function needsInstall() {
  if (!existsSync(INSTALLED)) return true;
  return statSync(LOCK).mtimeMs > statSync(INSTALLED).mtimeMs;
}

/** Runs a command with inherited output; exits the process with its code on failure. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    shell: process.platform === 'win32',
    ...options,
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

export function ensureDeps() {
  if (!needsInstall()) return;
  console.log('Spes: installing dependencies (npm ci) …');
  // No install scripts: the only one that would run is our own `wxt prepare`, and both callers
  // run WXT right after, which prepares its types itself.
  run('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts']);
}
