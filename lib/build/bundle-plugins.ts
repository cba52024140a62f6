/**
 * Build-time Vite plugins (wxt.config.ts) that shape what the pages load. Measured by
 * `npm run bench` and held by tests/e2e/budgets.spec.ts.
 */
import type { Plugin } from 'vite';
import {
  catalogueTextsJson,
  paintCatalogueJson,
  runtimeJson,
  searchFieldsJson,
  termNamesJson,
} from './runtime-data';

const DATA_FILE = /[\\/]assets[\\/](?:catalogue|synonyms|terms|facts)\.json$/;

/** Bundles the data files without their maintainers' notes (lib/build/runtime-data.ts). */
export const shipDataWithoutNotes = (): Plugin => ({
  name: 'spes-runtime-data',
  enforce: 'pre',
  transform: (code, id) => (DATA_FILE.test(id) ? { code: runtimeJson(code), map: null } : undefined),
});

const PARTS = new Map<string, (code: string) => string>([
  ['paint', paintCatalogueJson],
  ['nn', (code) => catalogueTextsJson(code, 'nn')],
  ['en', (code) => catalogueTextsJson(code, 'en')],
  ['search', searchFieldsJson],
  ['names', termNamesJson],
]);

/**
 * The data in parts, so a page loads each when it needs it (lib/build/runtime-data.ts):
 * `catalogue.json?paint` for the first paint in bokmål (lib/catalogue), `?nn` and `?en` with those
 * languages' texts (lib/i18n), `?search` with the search (lib/search), and `terms.json?names` with
 * the cards' names for the omnibox in the background script (lib/answers/names.ts). A JSON file
 * with a query is not read as JSON by the bundler, so each is handed over as a module. The unit
 * tests use it too (vitest.config.ts), so they see what the pages get.
 */
export const jsonParts = (): Plugin => ({
  name: 'spes-json-parts',
  enforce: 'pre',
  transform: (code, id) => {
    const part = PARTS.get(/\.json\?(\w+)$/.exec(id)?.[1] ?? '');
    return part ? { code: `export default ${part(code)};`, map: null } : undefined;
  },
});

const POPUP = /[\\/]entrypoints[\\/]popup[\\/]/;
// A language's texts and its part of the catalogue (jsonParts) load together, as one chunk.
const LANGUAGE_PART = /(?:[\\/]lib[\\/]i18n[\\/](nn|en)\.ts|\.json\?(nn|en))$/;
type GetModuleInfo = (id: string) => { importers: readonly string[] } | null;

/** True when `id` is imported, directly or through others, by the popup's own modules. */
function popupImports(id: string, info: GetModuleInfo, seen = new Set<string>()): boolean {
  if (POPUP.test(id)) return true;
  if (seen.has(id)) return false;
  seen.add(id);
  return (info(id)?.importers ?? []).some((importer) => popupImports(importer, info, seen));
}

/**
 * Everything the popup imports goes into one chunk. Split by default into half a dozen chunks
 * shared with the other pages, the same code gzipped 1.7 kB larger, and the popup is the page
 * that opens many times a day. The other pages load this chunk too; the language chunks stay
 * apart, since a page loads only one (lib/i18n). The background is one file anyway.
 */
export const popupChunk = (): Plugin => ({
  name: 'spes-popup-chunk',
  outputOptions(options) {
    if (options.format !== 'es') return options; // The background's IIFE build has no chunks.
    const manualChunks = (id: string, api: { getModuleInfo: GetModuleInfo }) => {
      if (POPUP.test(id)) return undefined; // The entry keeps its own small chunk.
      const language = LANGUAGE_PART.exec(id);
      if (language) return language[1] ?? language[2];
      return popupImports(id, api.getModuleInfo) ? 'popup-app' : undefined;
    };
    return { ...options, manualChunks };
  },
});
