/**
 * The two byte budgets, in the build under test (.output/chrome-mv3, or SPES_EXTENSION_DIR):
 * - what the popup requests before its list is on screen, measured in real Chromium the way
 *   `npm run bench` measures it (bench/popup-open.ts), on an ordinary open: at most 20 kB gzipped;
 * - the background script, which cannot load code lazily. Its target is 30 kB gzipped, and it is
 *   over that by about 1 kB (31.0 kB: fuse.js 6.9 kB and webextension-polyfill 2.5 kB of it, what
 *   else is in it in docs/performance.md), so the test holds a ceiling half a kilobyte above
 *   today's size: nothing may grow unnoticed, and the miss is reported, not hidden.
 * docs/performance.md has the numbers behind them, and what the first open loads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { backgroundSize, gzipBytes, pageBundleSize } from '../../bench/bundle-size';
import { openAndTime } from '../../bench/popup-open';
import { en } from '../../lib/i18n/en';
import { nb } from '../../lib/i18n/nb';
import { nn } from '../../lib/i18n/nn';
import { expect, EXTENSION_DIR, openPopupOnce, test } from './fixtures';

const BUDGET = { firstPaint: 20_000, background: 31_500 };
const BACKGROUND_TARGET = 30_000;

test('the popup requests at most 20 kB gzipped before its list is on screen', async ({
  context,
  extensionId,
  openPopup,
}) => {
  await context.route(/^https:\/\//, (route) => route.fulfill({ status: 200, body: 'stub page' }));
  await openPopupOnce(openPopup, 'lis');

  const { requested } = await openAndTime(
    await context.newPage(),
    `chrome-extension://${extensionId}/popup.html`,
    18,
  );
  const bytes = requested.map((path) => ({ path, bytes: gzipBytes(join(EXTENSION_DIR, path)) }));
  const total = bytes.reduce((sum, b) => sum + b.bytes, 0);
  expect(requested, 'the page itself is among what was requested').toContain('/popup.html');
  expect(total, JSON.stringify(bytes)).toBeLessThanOrEqual(BUDGET.firstPaint);
});

test('the background script stays under its ceiling, gzipped, and says how far it is from 30 kB', () => {
  const size = backgroundSize(EXTENSION_DIR);
  expect(size.total, `background: ${size.files.join(', ')}`).toBeGreaterThan(0);
  expect(size.total, `background: ${size.files.join(', ')}`).toBeLessThanOrEqual(BUDGET.background);
  if (size.total > BACKGROUND_TARGET) {
    const description = `background: ${size.total} B gzipped, target ${BACKGROUND_TARGET} B (docs/performance.md)`;
    test.info().annotations.push({ type: 'over target', description });
  }
});

test('the popup loads one language, in a chunk of its own', () => {
  const size = pageBundleSize(EXTENSION_DIR, 'popup.html');
  expect(size.languageChunks.map((f) => f.replace(/^.*\/|-.*$/g, '')).sort()).toEqual(['en', 'nb', 'nn']);
  // No language's texts may sit in the page's own code, or every open would carry all three.
  const pageCode = size.files
    .filter((f) => f.endsWith('.js') && !size.languageChunks.includes(f))
    .map((f) => readFileSync(join(EXTENSION_DIR, f), 'utf8'))
    .join('\n');
  for (const text of [nb.pickerHeading, nn.pickerHeading, en.pickerHeading]) {
    expect(pageCode, `"${text}" is in the page's own code`).not.toContain(text);
  }
});
