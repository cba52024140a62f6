import { defineConfig } from 'vitest/config';
import { jsonParts } from './lib/build/bundle-plugins';

// Browser tests in real Firefox (tests/firefox), run by `npm run test:firefox` after a Firefox build.
export default defineConfig({
  // The tests read the catalogue through lib/catalogue, which imports it in parts, as the pages do.
  plugins: [jsonParts()],
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    // A test starts Firefox and installs Spes: 55 s at load 20 on two cores, and over 60 s at load
    // 30, with npm test's other steps beside it.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One Firefox at a time: the machines have two cores, and the policy test writes a system file.
    fileParallelism: false,
  },
});
