import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import type { Catalogue } from './lib/catalogue';
import { parseCatalogue } from './lib/catalogue/parse';
import { parseFacts, parseTerms } from './lib/answers/parse';
import { hostPermissionsFor } from './lib/build/host-permissions';
import { jsonParts, popupChunk, shipDataWithoutNotes } from './lib/build/bundle-plugins';
import { parseSynonyms } from './lib/search/parse';
import { urlsToCheck } from './lib/links';
import { LANGUAGES } from './lib/i18n';
import { DEFAULT_LOCALE, localeMessagesJson, msg } from './lib/build/manifest-locales';
import { MANAGED_SCHEMA_FILE, browserManifestKeys } from './lib/build/manifest-keys';

// SPES_CATALOGUE=<file> builds a test extension around another catalogue (tests/e2e/link-runs.spec.ts):
// into its own folder, with plain http allowed for loopback hosts only and test hooks switched on.
const testCatalogue = process.env.SPES_CATALOGUE ? resolve(process.env.SPES_CATALOGUE) : null;
const asset = (name: string) => fileURLToPath(new URL(`./assets/${name}`, import.meta.url));
const catalogueFile = testCatalogue ?? asset('catalogue.json');
const parseOptions = testCatalogue ? { allowInsecureHosts: ['127.0.0.1', 'localhost'] } : {};

/** Fails the build, naming the entry and field, when the catalogue is malformed. */
function readCatalogue(): Catalogue {
  return parseCatalogue(JSON.parse(readFileSync(catalogueFile, 'utf8')), parseOptions);
}

const readAsset = (name: string): unknown => JSON.parse(readFileSync(asset(name), 'utf8'));

/** Fails the build on a malformed catalogue, synonyms, cards or facts file, naming what is wrong. */
function validateData(): void {
  readCatalogue();
  parseSynonyms(readAsset('synonyms.json'));
  parseTerms(readAsset('terms.json'));
  // The facts name the bundled catalogue's roles, also in a build around a test catalogue.
  const bundled = parseCatalogue(readAsset('catalogue.json'));
  parseFacts(
    readAsset('facts.json'),
    bundled.roles.map((r) => r.id),
  );
}

// fuse.js's own minified build: it shortens its private names, which our minifier leaves whole
// (0.5 kB gzipped less in the background script, which must stay within 30 kB).
const fuseMinified = {
  find: /^fuse\.js\/basic$/,
  replacement: fileURLToPath(new URL('./node_modules/fuse.js/dist/fuse.basic.min.mjs', import.meta.url)),
};
// Its parts too (`catalogue.json?paint`, lib/build/bundle-plugins.ts).
const testAlias = testCatalogue
  ? [{ find: /^(?:\.\.\/)+assets\/catalogue\.json(\?\w+)?$/, replacement: `${testCatalogue}$1` }]
  : [];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Store packages (docs/release.md). AMO gets the sources that build the Firefox zip; tests, dev
  // scripts and test configs are no part of the extension, so they stay out.
  zip: {
    excludeSources: [
      'tests/**',
      'scripts/**',
      'bench/**',
      'test-results/**',
      'playwright-report/**',
      'playwright.config.ts',
      'vitest*.config.ts',
      'eslint.config.js',
    ],
  },
  // SPES_OUT_DIR=<dir> builds somewhere private (npm run bench), so a concurrent build cannot swap it.
  ...(testCatalogue ? { outDir: '.output/test-catalogue' } : {}),
  ...(process.env.SPES_OUT_DIR ? { outDir: process.env.SPES_OUT_DIR } : {}),
  vite: () => ({
    plugins: [preact(), shipDataWithoutNotes(), jsonParts(), popupChunk()],
    // Both browsers preload modules themselves; Vite's fallback script for old ones cost each page.
    build: { modulePreload: { polyfill: false } },
    define: { 'import.meta.env.SPES_TEST_HOOKS': JSON.stringify(testCatalogue !== null) },
    resolve: { alias: [fuseMinified, ...testAlias] },
  }),
  hooks: {
    'build:before': validateData,
    'build:publicAssets': (wxt, files) => {
      // The manifest's texts in every language, from lib/i18n (lib/build/manifest-locales.ts).
      for (const language of LANGUAGES) {
        const contents = localeMessagesJson(language);
        files.push({ contents, relativeDest: `_locales/${language}/messages.json` });
      }
      if (wxt.config.browser === 'firefox') return; // Firefox takes policies without a schema file.
      files.push({ absoluteSrc: asset('managed-schema.json'), relativeDest: MANAGED_SCHEMA_FILE });
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    ...browserManifestKeys(browser),
    name: msg('extName'),
    description: msg('extDescription'),
    default_locale: DEFAULT_LOCALE,
    permissions: ['storage', 'contextMenus', 'alarms'],
    // Exactly the hosts of what a link run checks, entries and their successors, and where they
    // are known to lead (lib/build/host-permissions.ts).
    host_permissions: hostPermissionsFor(urlsToCheck(readCatalogue())),
    omnibox: { keyword: 'spes' },
    commands: {
      // The popup's shortcut: `_execute_browser_action` in Manifest V2 (WXT builds Firefox so),
      // where `_execute_action` would leave it dead.
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: msg('commandOpen'),
      },
    },
  }),
});
