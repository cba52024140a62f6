import { defineConfig } from '@playwright/test';

// Browser tests run the built extension (.output/chrome-mv3) in a real Chromium.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  retries: 0,
  // The machines have two cores; one browser at a time keeps timings honest.
  workers: 1,
  reporter: [['list']],
});
