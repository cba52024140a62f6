// `npm test`: install if needed, then lint, types, unit tests, a build and the browser tests.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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
step('Browser tests in Chromium', 'npx', ['playwright', 'test', '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: '.tmp/browser.json',
});
step('Firefox build', 'npx', ['wxt', 'build', '-b', 'firefox']);
step('Firefox lint (addons-linter)', 'npx', ['tsx', 'scripts/lint-firefox.ts']);

// Firefox is optional on a developer's machine (Chromium is enough to start); CI installs it.
const firefox =
  process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));
const reports = ['.tmp/unit.json', '.tmp/browser.json'];
if (firefox && existsSync(firefox)) {
  step('Browser tests in Firefox', 'npx', [
    'vitest',
    'run',
    '--config',
    'vitest.firefox.config.ts',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=.tmp/firefox.json',
  ]);
  reports.push('.tmp/firefox.json');
} else if (process.env.CI) {
  console.error(
    'CI needs Firefox for the Firefox browser tests: apt-get install firefox-esr, or set FIREFOX_PATH.',
  );
  process.exit(1);
} else {
  console.log(
    '\n▶ Browser tests in Firefox: skipped, no Firefox found (apt-get install firefox-esr, or set FIREFOX_PATH).',
  );
}
printSummary(reports);
