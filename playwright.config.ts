import { defineConfig } from '@playwright/test';

// Browser tests run the built extension (.output/chrome-mv3) in a real Chromium.
export default defineConfig({
  testDir: 'tests/e2e',
  // The tests share one Chromium per worker, reset between them (tests/e2e/fixtures.ts); a few
  // start their own. With other work sharing the two cores (load average 17) the slowest tests
  // outside a11y.spec.ts took 19 s, and a test that waits on several pages adds up; these limits
  // leave room for that, so a busy machine makes the run slower, not red.
  timeout: 60_000,
  // Playwright's default of 5 s per expectation was once missed on a busy machine by the search page
  // the right-click menu opens (tests/e2e/context-menu.spec.ts).
  expect: { timeout: 15_000 },
  retries: 0,
  // Three workers, each with its shared browser: much of a browser test is waiting (a browser
  // start, Chromium's first policy read, a page's first frame), which the other workers fill, and
  // on a machine busy with other work three get a larger share of the cores than two. On
  // 2026-12-04 at load 14-23 on two cores: 8.4 min with two, against 12.6 min with one; with three,
  // all 120 tests passed at load 22-36 (other test runs beside it) in 9.4 min.
  workers: 3,
  reporter: [['list']],
});
