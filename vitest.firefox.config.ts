import { defineConfig } from 'vitest/config';

// Browser tests in real Firefox (tests/firefox), run by `npm run test:firefox` after a Firefox build.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 30_000,
    // One Firefox at a time: the machines have two cores, and the policy test writes a system file.
    fileParallelism: false,
  },
});
