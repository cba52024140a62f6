/**
 * Gzipped bytes a page of the built extension loads: its HTML's module scripts and stylesheets,
 * then every chunk those scripts import, statically or dynamically, each file counted once. The
 * one exception is the texts: a page loads one language's chunk (lib/i18n), so of those only the
 * largest counts. The background script's catalogue data is told apart from its code. Used by
 * `npm run bench` and by the budget test (tests/e2e/budgets.spec.ts), so both measure the same thing.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runtimeJson } from '../lib/build';

export interface BundleSize {
  /** Files counted, as paths inside the build, in the order found. */
  files: string[];
  /** The language chunks the page can load, one at a time; the largest is among `files`. */
  languageChunks: string[];
  js: number;
  css: number;
  total: number;
}

// Minified build output: static specifiers in double quotes, dynamic ones in backticks.
const STATIC_IMPORT = /(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?"(\.{1,2}\/[^"]+)"/g;
const DYNAMIC_IMPORT = /import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;
// Rollup names a chunk after its module: lib/i18n/nb.ts becomes chunks/nb-<hash>.js.
const LANGUAGE_CHUNK = /(?:^|\/)(?:nb|nn|en)-[\w-]+\.js$/;
const HTML_ASSET = /<(?:script[^>]*\bsrc|link[^>]*\bhref)="([^"]+\.(?:js|css))"/g;

export const gzipBytes = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

function importsOf(buildDir: string, file: string): string[] {
  const code = readFileSync(join(buildDir, file), 'utf8');
  const specs = [...code.matchAll(STATIC_IMPORT), ...code.matchAll(DYNAMIC_IMPORT)].map((m) => m[1] ?? '');
  return specs.map((s) => posix.join(posix.dirname(file), s));
}

/** Everything `page` (e.g. "popup.html") loads, following script/link tags and JS imports. */
export function pageBundleSize(buildDir: string, page: string): BundleSize {
  const html = readFileSync(join(buildDir, page), 'utf8');
  const pending = [...html.matchAll(HTML_ASSET)].map((m) => posix.normalize((m[1] ?? '').replace(/^\//, '')));
  const seen = new Set<string>();
  while (pending.length > 0) {
    const file = pending.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.js')) pending.push(...importsOf(buildDir, file));
  }
  const languageChunks = [...seen].filter((f) => LANGUAGE_CHUNK.test(f));
  const largest = languageChunks
    .map((f) => ({ f, bytes: gzipBytes(join(buildDir, f)) }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 1)
    .map(({ f }) => f);
  const counted = [...seen].filter((f) => !languageChunks.includes(f) || largest.includes(f));
  return { ...sizeOf(buildDir, counted), languageChunks };
}

export interface BackgroundSize extends BundleSize {
  /** The catalogue as the build ships it (lib/build/runtime-data.ts), gzipped on its own. */
  catalogueData: number;
  /** The rest: `total` less `catalogueData`. */
  code: number;
}

/**
 * The background script: the manifest's service worker (Chrome) or scripts (Firefox). The
 * catalogue grows with the content, so its data is reported apart from the code; `catalogueFile`
 * is the one the build bundled (SPES_CATALOGUE for a test build).
 */
export function backgroundSize(buildDir: string, catalogueFile = 'assets/catalogue.json'): BackgroundSize {
  const manifest = JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8'));
  const files: string[] = manifest.background?.service_worker
    ? [manifest.background.service_worker]
    : (manifest.background?.scripts ?? []);
  const size = sizeOf(buildDir, files);
  const catalogueData = gzipSync(runtimeJson(readFileSync(catalogueFile, 'utf8')), { level: 9 }).length;
  return { ...size, languageChunks: [], catalogueData, code: size.total - catalogueData };
}

function sizeOf(buildDir: string, files: string[]): Omit<BundleSize, 'languageChunks'> {
  const bytes = (ext: string) =>
    files.filter((f) => f.endsWith(ext)).reduce((sum, f) => sum + gzipBytes(join(buildDir, f)), 0);
  const js = bytes('.js');
  const css = bytes('.css');
  return { files, js, css, total: js + css };
}

/** Gzipped bytes of the paths a page requested (bench/popup-open.ts), each counted once. */
export function firstPaintBytes(
  buildDir: string,
  paths: readonly string[],
): { files: string[]; total: number } {
  const files = [...new Set(paths.map((p) => p.replace(/^\//, '')))];
  return { files, total: files.reduce((sum, f) => sum + gzipBytes(join(buildDir, f)), 0) };
}
