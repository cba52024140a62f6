import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

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

export default defineConfig({
  plugins: [WxtVitest({ imports })],
  test: {
    include: ['tests/unit/**/*.test.ts'],
  },
});
