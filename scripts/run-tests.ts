/**
 * `npm test` after its dependencies are installed (scripts/test.mjs): gets the browsers, then runs
 * every step, even after one fails, so a single failure hides nothing; then prints one summary
 * (scripts/test-summary.ts) and exits 1 if anything failed. Once WXT's types are there, the build
 * and then the Chromium tests, the longest step, run beside three lanes of the others (see `LANES`).
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { ensureBrowser } from './install-browser';
import { countReport, summarize, type StepOutcome } from './test-summary';

interface Step {
  title: string;
  command: string[];
  env?: Record<string, string>;
  /** The JSON report a test step writes; its tests are counted from it. */
  report?: string;
  /** Why the step cannot run (a step it needs failed, no browser), or null when it can. */
  blockedBy?: () => string | null;
}

const outcomes = new Map<string, StepOutcome>();
const passed = (title: string) => outcomes.get(title)?.status === 'passed';

function readReport(file: string): StepOutcome['tests'] {
  if (!existsSync(file)) return 'missing';
  try {
    return countReport(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return 'missing'; // cut short while writing, or not a report: its tests were not counted
  }
}

/** Runs `command`, its output (both streams) to `logFile`. */
function spawnStep(step: Step, logFile: string) {
  const [command = '', ...args] = step.command;
  const log = openSync(logFile, 'w');
  return new Promise<{ status: number | null; signal: NodeJS.Signals | null; error?: Error }>((done) => {
    const child = spawn(command, args, {
      stdio: ['ignore', log, log],
      env: { ...process.env, ...step.env },
      shell: process.platform === 'win32',
    });
    child.on('error', (error) => done({ status: null, signal: null, error }));
    child.on('close', (status, signal) => done({ status, signal }));
  }).finally(() => closeSync(log));
}

/**
 * Runs one step and then prints what it printed, in one piece: steps run side by side, and their
 * output would otherwise be interleaved line by line.
 */
async function runStep(step: Step): Promise<void> {
  const blocked = step.blockedBy?.() ?? null;
  if (blocked) {
    console.log(`\n▶ ${step.title}\n  not run: ${blocked}`);
    // A test step that did not run counted nothing: the summary names it as not counted.
    const tests = step.report ? 'missing' : undefined;
    outcomes.set(step.title, { title: step.title, status: 'not run', detail: blocked, tests });
    return;
  }
  const logFile = `.tmp/step-${step.title.toLowerCase().replace(/[^a-z]+/g, '-')}.log`;
  const started = performance.now();
  const result = await spawnStep(step, logFile);
  const seconds = (performance.now() - started) / 1000;
  console.log(`\n▶ ${step.title} (${seconds.toFixed(1)} s)`);
  process.stdout.write(readFileSync(logFile));
  const tests = step.report ? readReport(step.report) : undefined;
  let detail: string | undefined;
  if (result.error) detail = `could not start: ${result.error.message}`;
  else if (result.signal) detail = `killed by ${result.signal}`;
  else if (result.status !== 0) detail = `exit code ${result.status}`;
  if (tests === 'missing') detail = `${detail ?? 'exit code 0'}, wrote no report (${step.report})`;
  const status = detail === undefined ? 'passed' : 'failed';
  outcomes.set(step.title, { title: step.title, status, detail, seconds, tests });
}

/** Runs the steps of one lane one after another (a later one may need an earlier one). */
async function runLane(steps: Step[]): Promise<void> {
  for (const step of steps) await runStep(step);
}

async function getBrowser(name: 'chromium' | 'firefox', title: string): Promise<string | undefined> {
  console.log(`\n▶ ${title}`);
  const started = performance.now();
  const path = await ensureBrowser(name);
  const seconds = (performance.now() - started) / 1000;
  if (path) console.log(`  ${path}`);
  outcomes.set(
    title,
    path
      ? { title, status: 'passed', detail: path, seconds }
      : { title, status: 'failed', detail: 'none found or installed (see above)', seconds },
  );
  return path;
}

const started = performance.now();
mkdirSync('.tmp', { recursive: true });
const REPORTS = { unit: '.tmp/unit.json', chromium: '.tmp/browser.json', firefox: '.tmp/firefox.json' };
// A report left by an earlier run must never be taken for this run's.
for (const file of Object.values(REPORTS)) rmSync(file, { force: true });

const chromium = await getBrowser('chromium', 'Chromium');
const firefox = await getBrowser('firefox', 'Firefox');
// Caches in .tmp (gitignored), the same ones package.json's lint and typecheck scripts keep. ESLint
// and Prettier key a file's cached result on its content's hash and on the tool's version and
// resolved config, so an edited file, a new rule or an upgrade is always checked again; tsc's
// build info holds each file's hash and re-checks a changed file and, when its types change, every
// file that depends on it.
const CONTENT_CACHE = ['--cache', '--cache-strategy', 'content', '--cache-location'];
const ESLINT_CACHE = [...CONTENT_CACHE, '.tmp/eslintcache'];
const PRETTIER_CACHE = [...CONTENT_CACHE, '.tmp/prettiercache'];
const TSC_CACHE = ['--incremental', '--tsBuildInfoFile', '.tmp/tsbuildinfo'];
// TypeScript 7, the compiler's native port, checks in a quarter of the CPU time of the 6.0 that
// typescript-eslint still needs as `typescript` (package.json: both, README says why).
const TSC = ['node', 'node_modules/typescript7/bin/tsc'];
const vitestJson = (file: string) => ['--reporter=default', '--reporter=json', `--outputFile.json=${file}`];

const prepare: Step = { title: 'Types for WXT', command: ['npx', 'wxt', 'prepare'] };
const build: Step = { title: 'Build', command: ['npx', 'wxt', 'build'] };
const chromiumTests: Step = {
  title: 'Browser tests in Chromium',
  command: ['npx', 'playwright', 'test', '--reporter=list,json'],
  env: { PLAYWRIGHT_JSON_OUTPUT_NAME: REPORTS.chromium, ...(chromium ? { CHROME_PATH: chromium } : {}) },
  report: REPORTS.chromium,
  blockedBy: () => (!passed('Build') ? 'the build failed' : !chromium ? 'no Chromium' : null),
};
/**
 * What runs while the Chromium tests do, in three lanes side by side. The Chromium tests spend
 * much of their time waiting (on a browser start, a policy read, the link checker's pause between
 * requests), and the lanes fill those gaps; on a machine busy with other work, steps side by side
 * also get their share of the cores sooner than one after another. Within a lane a step may need
 * the one before it. The Firefox build writes only .output/firefox-mv2 and the same .wxt types as
 * the Chromium build (WXT rewrites a file only when it differs).
 */
const LANES: Step[][] = [
  [
    { title: 'Lint', command: ['npx', 'eslint', '.', '--max-warnings=0', ...ESLINT_CACHE] },
    { title: 'Format', command: ['npx', 'prettier', '--check', '.', ...PRETTIER_CACHE] },
    { title: 'Typecheck', command: [...TSC, '--noEmit', ...TSC_CACHE] },
  ],
  [
    {
      title: 'Unit tests',
      command: ['npx', 'vitest', 'run', ...vitestJson(REPORTS.unit)],
      report: REPORTS.unit,
    },
  ],
  [
    { title: 'Firefox build', command: ['npx', 'wxt', 'build', '-b', 'firefox'] },
    {
      title: 'Firefox lint (addons-linter)',
      command: ['npx', 'tsx', 'scripts/lint-firefox.ts'],
      blockedBy: () => (!passed('Firefox build') ? 'the Firefox build failed' : null),
    },
    {
      title: 'Browser tests in Firefox',
      command: [
        'npx',
        'vitest',
        'run',
        '--config',
        'vitest.firefox.config.ts',
        ...vitestJson(REPORTS.firefox),
      ],
      env: firefox ? { FIREFOX_PATH: firefox } : {},
      report: REPORTS.firefox,
      blockedBy: () =>
        !passed('Firefox build') ? 'the Firefox build failed' : !firefox ? 'no Firefox' : null,
    },
  ],
];

await runStep(prepare);
console.log(
  '\nThe build, then the Chromium tests, and the other steps run side by side now; each step prints when done.',
);
await Promise.all([runLane([build, chromiumTests]), ...LANES.map(runLane)]);

const { ok, lines } = summarize([...outcomes.values()]);
for (const line of lines) console.log(line);
console.log(`(${((performance.now() - started) / 1000 / 60).toFixed(1)} min)`);
process.exit(ok ? 0 : 1);
