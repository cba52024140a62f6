// `npm test`: install if needed, then lint, types, unit tests, a build and the browser tests.
import { spawnSync } from 'node:child_process';
import { ensureDeps, run } from './ensure-deps.mjs';
import { printSummary } from './test-summary.mjs';

ensureDeps();

const findBrowser = "import('./scripts/browser.ts').then((m) => process.exit(m.findChromium() ? 0 : 1))";
const hasBrowser = spawnSync('npx', ['tsx', '-e', findBrowser], { stdio: 'inherit' });
if (hasBrowser.status !== 0) {
  console.error('npm test needs a Chromium-family browser for the browser tests, and none was found.');
  console.error('Install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`), or set CHROME_PATH.');
  process.exit(1);
}

const step = (title, command, args, env) => {
  console.log(`\n▶ ${title}`);
  run(command, args, { env: { ...process.env, ...env } });
};

step('Types for WXT', 'npx', ['wxt', 'prepare']);
step('Lint', 'npx', ['eslint', '.', '--max-warnings=0']);
step('Format', 'npx', ['prettier', '--check', '.']);
step('Typecheck', 'npx', ['tsc', '--noEmit']);
step('Unit tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=.tmp/unit.json',
]);
step('Build', 'npx', ['wxt', 'build']);
step('Browser tests', 'npx', ['playwright', 'test', '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: '.tmp/browser.json',
});
printSummary(['.tmp/unit.json', '.tmp/browser.json']);
