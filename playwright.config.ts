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
  // The machines have two cores: one worker, so one shared browser at a time.
  workers: 1,
  reporter: [['list']],
});
