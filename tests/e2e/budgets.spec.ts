/**
 * Size budgets (issue 8), read from the build under test (.output/chrome-mv3, or
 * SPES_EXTENSION_DIR): what the popup loads, JS and CSS gzipped, and the background script.
 * A Playwright spec only because these run after `wxt build` in npm test; no browser is opened.
 * npm run bench prints the same numbers (bench/bundle-size.ts) with the files behind them.
 *
 * The targets are 30 kB (popup) and 20 kB (background). The build is over them (32.0 kB and
 * 23.5 kB; what the bytes are, and why the polyfill keeps them there, in docs/performance.md), so
 * the test holds a ceiling at today's size plus about 0.5 kB: nothing may grow unnoticed. Lower the
 * ceilings as the bundles shrink, down to the targets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { en } from '../../lib/i18n/en';
import { nb } from '../../lib/i18n/nb';
import { nn } from '../../lib/i18n/nn';
import { backgroundSize, pageBundleSize } from '../../bench/bundle-size';
import { EXTENSION_DIR } from './fixtures';

const TARGET = { popup: 30_000, background: 20_000 };
const CEILING = { popup: 32_500, background: 24_000 };

function noteTarget(what: keyof typeof TARGET, bytes: number): void {
  if (bytes > TARGET[what]) {
    test.info().annotations.push({
      type: 'over target',
      description: `${what}: ${bytes} B gzipped, target ${TARGET[what]} B (docs/performance.md)`,
    });
  }
}

test('the popup loads no more JS and CSS than its ceiling, gzipped', () => {
  const size = pageBundleSize(EXTENSION_DIR, 'popup.html');
  expect(size.js, 'the popup loads no script at all: is popup.html still built?').toBeGreaterThan(0);
  expect(size.total, `popup: ${size.files.join(', ')}`).toBeLessThanOrEqual(CEILING.popup);
  noteTarget('popup', size.total);
});

test('the popup loads one language, so only the largest language chunk is counted', () => {
  const size = pageBundleSize(EXTENSION_DIR, 'popup.html');
  expect(size.languageChunks.map((f) => f.replace(/^.*\/|-.*$/g, '')).sort()).toEqual(['en', 'nb', 'nn']);
  expect(size.files.filter((f) => size.languageChunks.includes(f))).toHaveLength(1);
  // The counting above is only right while no language's texts are bundled into the page itself.
  const pageCode = size.files
    .filter((f) => f.endsWith('.js') && !size.languageChunks.includes(f))
    .map((f) => readFileSync(join(EXTENSION_DIR, f), 'utf8'))
    .join('\n');
  for (const text of [nb.pickerHeading, nn.pickerHeading, en.pickerHeading]) {
    expect(pageCode, `"${text}" is in the page's own code`).not.toContain(text);
  }
});

test('the background script stays under its ceiling, gzipped', () => {
  const size = backgroundSize(EXTENSION_DIR);
  expect(size.total, `background: ${size.files.join(', ')}`).toBeGreaterThan(0);
  expect(size.total, `background: ${size.files.join(', ')}`).toBeLessThanOrEqual(CEILING.background);
  noteTarget('background', size.total);
});
