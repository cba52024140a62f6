import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { jsonParts } from './lib/build/bundle-plugins';

type ImportsOption = NonNullable<Parameters<typeof WxtVitest>[0]>['imports'];

// WXT auto-imports only into the extension's own code. wxt.config.ts, what it reads from lib/build
// and the scripts run in plain Node without auto-imports, so Vitest leaves them alone too: there, a
// parameter named `browser` would otherwise import WXT's fake browser and its test tooling (1.3 s).
// WXT hands `imports` to unimport's Vite plugin as it is, and that plugin takes `exclude` (unimport's
// defaults first, which a given list replaces), though WXT's type does not list it.
const imports = {
  exclude: [
    /[\\/]node_modules[\\/]/,
    /[\\/]\.git[\\/]/,
    /[\\/]wxt\.config\.ts$/,
    /[\\/]lib[\\/]build[\\/]/,
    /[\\/]scripts[\\/]/,
  ],
} as ImportsOption;

// The tests that start other processes: a browser launcher, the link checker's command line, a build.
const SPAWNING = [
  'tests/unit/scripts/launch-browser.test.ts',
  'tests/unit/links/check-links-script.test.ts',
  'tests/unit/build/catalogue-build.test.ts',
];

export default defineConfig({
  // jsonParts: the pages' catalogue comes in parts, joined where they load, and lib/answers/names.ts
  // imports the cards' names as the background build does.
  plugins: [WxtVitest({ imports }), jsonParts()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: SPAWNING,
          // Each worker loads the modules once for all its files instead of once per file, which
          // took most of the time. So a test puts back what it changes (storage, spies, mocks).
          pool: 'threads',
          // A test that is first in its worker to do something costly pays for it: compiling the
          // catalogue's schema took 0.4 s beside other work and over 5 s (Vitest's default limit) at
          // load 30 on two cores; loading the browser module on the first storage call
          // (lib/platform/storage.ts) took over 20 s in npm test on a fresh clone beside six busy
          // processes (2026-12-05, tests/unit/specialty/specialty.test.ts).
          testTimeout: 60_000,
          isolate: false,
        },
      },
      {
        extends: true,
        // These start child processes and wait on their exit codes: each file in a process of its
        // own, so nothing of theirs reaches the shared threads.
        // A Node process compiling TypeScript starts in about a second on a quiet two-core machine;
        // at load 30 a test of three such processes took over 30 s.
        test: { name: 'spawning', include: SPAWNING, pool: 'forks', testTimeout: 120_000 },
      },
      {
        extends: true,
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.tsx'],
          environment: 'happy-dom',
          // A test may wait up to 30 s for the search or a later chunk to load
          // (tests/components/setup.ts); the first test of the share menu, which loads the popup's
          // later chunks, took 31 s in npm test beside six busy processes.
          testTimeout: 90_000,
          setupFiles: ['tests/components/setup.ts'],
          pool: 'threads',
          isolate: false,
        },
      },
    ],
  },
});
