/**
 * The two byte budgets, in the build under test (.output/chrome-mv3, or SPES_EXTENSION_DIR):
 * - what the popup requests before its list is on screen, measured in real Chromium the way
 *   `npm run bench` measures it (bench/popup-open.ts), on an ordinary open: at most 20 kB gzipped;
 * - the background script, which cannot load code lazily: at most 30 kB gzipped.
 * docs/performance.md has the numbers behind them, and what the first open loads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { backgroundSize, gzipBytes, pageBundleSize } from '../../bench/bundle-size';
import { openAndTime } from '../../bench/popup-open';
import { en } from '../../lib/i18n/en';
import { nb } from '../../lib/i18n/nb';
import { nn } from '../../lib/i18n/nn';
import { EXTENSION_DIR, expect, test } from './fixtures';

const BUDGET = { firstPaint: 20_000, background: 30_000 };

test('the popup requests at most 20 kB gzipped before its list is on screen', async ({
  context,
  extensionId,
  openPopup,
}) => {
  await context.route(/^https:\/\//, (route) => route.fulfill({ status: 200, body: 'stub page' }));
  const first = await openPopup();
  await first.locator('[data-role="lis"]').click();
  await expect(first.locator('li.entry')).toHaveCount(18);
  await expect
    .poll(() => first.evaluate(() => localStorage.getItem('spes.snapshot.popup') !== null))
    .toBe(true);
  await first.close();

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

test('the background script stays within 30 kB gzipped', () => {
  const size = backgroundSize(EXTENSION_DIR);
  expect(size.total, `background: ${size.files.join(', ')}`).toBeGreaterThan(0);
  expect(size.total, `background: ${size.files.join(', ')}`).toBeLessThanOrEqual(BUDGET.background);
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
