/**
 * The end of `npm test`: every step's outcome, every failed and skipped test by name (a skip with
 * its reason), and one line counting the tests from the Vitest and Playwright JSON reports:
 * `N passed, N failed, N skipped`. A test step that wrote no report is named as not counted, and
 * the run fails when any step did, so a crash can never read as "0 failed".
 */

export interface TestCounts {
  passed: number;
  failed: number;
  skipped: number;
  /** "file › test" of each failed test, or of a test file that failed to run at all. */
  failures: string[];
  /** "file › test: reason" of each skipped test. */
  skips: string[];
}

export interface StepOutcome {
  title: string;
  status: 'passed' | 'failed' | 'not run';
  /** Why it failed or did not run: "exit code 1", "the build failed". */
  detail?: string;
  seconds?: number;
  /** For a test step: its counts, or 'missing' when it wrote no report or did not run. */
  tests?: TestCounts | 'missing';
}

interface VitestReport {
  testResults: {
    name: string;
    status: string;
    message?: string;
    assertionResults: { fullName: string; status: string }[];
  }[];
}

interface PlaywrightSuite {
  title: string;
  specs?: {
    title: string;
    tests: { status: string; annotations?: { type: string; description?: string }[] }[];
  }[];
  suites?: PlaywrightSuite[];
}

interface PlaywrightReport {
  suites: PlaywrightSuite[];
  errors?: { message?: string }[];
}

const relative = (file: string) => file.replace(/^.*?\/tests\//, 'tests/');
const firstLine = (text = '') => text.split('\n').find((l) => l.trim() !== '') ?? 'no message';

export function countVitest(report: VitestReport): TestCounts {
  const counts: TestCounts = { passed: 0, failed: 0, skipped: 0, failures: [], skips: [] };
  for (const file of report.testResults) {
    const name = relative(file.name);
    for (const test of file.assertionResults) {
      if (test.status === 'passed') counts.passed++;
      else if (test.status === 'failed') {
        counts.failed++;
        counts.failures.push(`${name} › ${test.fullName}`);
      } else {
        counts.skipped++;
        // Vitest records no reason; tests that skip put it in their title (tests/firefox/firefox-policy.test.ts).
        counts.skips.push(`${name} › ${test.fullName}`);
      }
    }
    // A file that fails before its tests run (an import error, say) reports no tests at all.
    if (file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed')) {
      counts.failed++;
      counts.failures.push(`${name}: ${firstLine(file.message)}`);
    }
  }
  return counts;
}

export function countPlaywright(report: PlaywrightReport): TestCounts {
  const counts: TestCounts = { passed: 0, failed: 0, skipped: 0, failures: [], skips: [] };
  const walk = (suite: PlaywrightSuite, path: string[]) => {
    for (const spec of suite.specs ?? []) {
      const name = [...path, spec.title].filter(Boolean).join(' › ');
      for (const test of spec.tests) {
        if (test.status === 'expected' || test.status === 'flaky') counts.passed++;
        else if (test.status === 'skipped') {
          counts.skipped++;
          const reason = test.annotations?.find((a) => a.type === 'skip')?.description;
          counts.skips.push(`${name}: ${reason || 'no reason given'}`);
        } else {
          counts.failed++;
          counts.failures.push(name);
        }
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
  };
  for (const suite of report.suites) walk(suite, [suite.title]);
  // Errors outside any test (a config that does not load, a crashed worker) count as failures.
  for (const error of report.errors ?? []) {
    counts.failed++;
    counts.failures.push(`Playwright: ${firstLine(error.message)}`);
  }
  return counts;
}

export function countReport(report: unknown): TestCounts {
  if (report && typeof report === 'object' && 'testResults' in report)
    return countVitest(report as VitestReport);
  if (report && typeof report === 'object' && 'suites' in report)
    return countPlaywright(report as PlaywrightReport);
  throw new Error('not a Vitest or Playwright JSON report');
}

const seconds = (s?: number) => (s === undefined ? '' : `${s.toFixed(1)} s`);

function stepLine(step: StepOutcome): string {
  const mark = step.status === 'passed' ? '✔' : '✘';
  const what = step.status === 'not run' ? `not run: ${step.detail}` : (step.detail ?? '');
  return `  ${mark} ${step.title.padEnd(32)} ${seconds(step.seconds).padStart(8)}  ${what}`.trimEnd();
}

/** The closing lines of `npm test`, and whether the run passed. */
export function summarize(steps: StepOutcome[]): { ok: boolean; lines: string[] } {
  const total: TestCounts = { passed: 0, failed: 0, skipped: 0, failures: [], skips: [] };
  const uncounted: string[] = [];
  for (const step of steps) {
    if (step.tests === 'missing') uncounted.push(step.title);
    else if (step.tests) {
      total.passed += step.tests.passed;
      total.failed += step.tests.failed;
      total.skipped += step.tests.skipped;
      total.failures.push(...step.tests.failures);
      total.skips.push(...step.tests.skips);
    }
  }
  const failedSteps = steps.filter((s) => s.status !== 'passed');
  const ok = failedSteps.length === 0 && total.failed === 0 && uncounted.length === 0;

  const lines = ['', 'Summary', ...steps.map(stepLine)];
  if (total.failures.length > 0) lines.push('', 'Failed:', ...total.failures.map((f) => `  ${f}`));
  if (total.skips.length > 0) lines.push('', 'Skipped:', ...total.skips.map((s) => `  ${s}`));
  const counted = `${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`;
  lines.push('', uncounted.length > 0 ? `${counted} (not counted: ${uncounted.join(', ')})` : counted);
  if (!ok) {
    const named = failedSteps.map((s) => `${s.title} (${s.status === 'not run' ? 'not run' : s.detail})`);
    lines.push(`npm test failed: ${named.join('; ') || 'see the failed tests above'}`);
  }
  return { ok, lines };
}
