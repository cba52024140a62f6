/** The closing summary of `npm test`: honest counts, every failure and skip named, no false "passed". */
import { describe, expect, it } from 'vitest';
import { countReport, summarize, type StepOutcome } from '../../../scripts/test-summary';

// Shaped as Vitest's and Playwright's JSON reporters write them (fields the summary reads).
const vitest = {
  testResults: [
    {
      name: '/repo/tests/unit/a.test.ts',
      status: 'failed',
      assertionResults: [
        { fullName: 'a works', status: 'passed' },
        { fullName: 'a breaks', status: 'failed' },
        { fullName: 'a on Windows (skipped: not Windows)', status: 'skipped' },
      ],
    },
    {
      name: '/repo/tests/unit/b.test.ts',
      status: 'passed',
      assertionResults: [{ fullName: 'b', status: 'passed' }],
    },
    {
      name: '/repo/tests/unit/c.test.ts',
      status: 'failed',
      message: 'Failed to load url ./missing (resolved id: ./missing)\n  at stack',
      assertionResults: [],
    },
  ],
};
const playwright = {
  suites: [
    {
      title: 'popup.spec.ts',
      specs: [
        { title: 'opens', tests: [{ status: 'expected' }] },
        { title: 'times out', tests: [{ status: 'unexpected' }] },
      ],
      suites: [
        {
          title: 'policy',
          specs: [
            {
              title: 'locks the role',
              tests: [{ status: 'skipped', annotations: [{ type: 'skip', description: 'needs root' }] }],
            },
            { title: 'silent', tests: [{ status: 'skipped', annotations: [] }] },
          ],
        },
      ],
    },
  ],
  errors: [{ message: 'Error: worker crashed\nstack' }],
};

const step = (title: string, extra: Partial<StepOutcome> = {}): StepOutcome => ({
  title,
  status: 'passed',
  ...extra,
});

describe('countReport', () => {
  it('counts Vitest tests, and a file that failed before its tests ran as a failure', () => {
    expect(countReport(vitest)).toEqual({
      passed: 2,
      failed: 2,
      skipped: 1,
      failures: [
        'tests/unit/a.test.ts › a breaks',
        'tests/unit/c.test.ts: Failed to load url ./missing (resolved id: ./missing)',
      ],
      skips: ['tests/unit/a.test.ts › a on Windows (skipped: not Windows)'],
    });
  });

  it('counts Playwright tests through nested suites, with skip reasons and errors outside tests', () => {
    expect(countReport(playwright)).toEqual({
      passed: 1,
      failed: 2,
      skipped: 2,
      failures: ['popup.spec.ts › times out', 'Playwright: Error: worker crashed'],
      skips: [
        'popup.spec.ts › policy › locks the role: needs root',
        'popup.spec.ts › policy › silent: no reason given',
      ],
    });
  });

  it('refuses what is not a report', () => {
    expect(() => countReport({ hello: 1 })).toThrow(/not a Vitest or Playwright/);
  });
});

describe('summarize', () => {
  const clean = { passed: 10, failed: 0, skipped: 0, failures: [], skips: [] };

  it('passes and ends with the counts when every step passed', () => {
    const { ok, lines } = summarize([step('Lint'), step('Unit tests', { tests: clean })]);
    expect(ok).toBe(true);
    expect(lines.at(-1)).toBe('10 passed, 0 failed, 0 skipped');
  });

  it('fails, naming the step, when a step without tests failed', () => {
    const { ok, lines } = summarize([
      step('Lint', { status: 'failed', detail: 'exit code 1' }),
      step('Unit tests', { tests: clean }),
    ]);
    expect(ok).toBe(false);
    expect(lines).toContain('10 passed, 0 failed, 0 skipped');
    expect(lines.at(-1)).toBe('npm test failed: Lint (exit code 1)');
  });

  it('never reads as a pass when a test step wrote no report or did not run', () => {
    const { ok, lines } = summarize([
      step('Unit tests', { tests: clean }),
      step('Build', { status: 'failed', detail: 'exit code 1' }),
      step('Browser tests in Chromium', { status: 'not run', detail: 'the build failed', tests: 'missing' }),
      step('Browser tests in Firefox', {
        status: 'failed',
        detail: 'killed by SIGKILL, wrote no report (.tmp/firefox.json)',
        tests: 'missing',
      }),
    ]);
    expect(ok).toBe(false);
    expect(lines).toContain(
      '10 passed, 0 failed, 0 skipped (not counted: Browser tests in Chromium, Browser tests in Firefox)',
    );
    expect(lines.at(-1)).toBe(
      'npm test failed: Build (exit code 1); Browser tests in Chromium (not run); Browser tests in Firefox (killed by SIGKILL, wrote no report (.tmp/firefox.json))',
    );
    expect(
      lines.some((l) => l.includes('✘ Browser tests in Chromium') && l.includes('not run: the build failed')),
    ).toBe(true);
  });

  it('fails on failed tests even if the step exited 0, and lists failures and skips', () => {
    const counts = countReport(playwright);
    const { ok, lines } = summarize([step('Browser tests in Chromium', { tests: counts })]);
    expect(ok).toBe(false);
    expect(lines).toContain('  popup.spec.ts › times out');
    expect(lines).toContain('  popup.spec.ts › policy › locks the role: needs root');
    expect(lines).toContain('1 passed, 2 failed, 2 skipped');
  });
});
