/**
 * Size budgets (issue 8), read from the build under test (.output/chrome-mv3, or
 * SPES_EXTENSION_DIR): what the popup loads, JS and CSS gzipped, and the background script.
 * A Playwright spec only because these run after `wxt build` in npm test; no browser is opened.
 * npm run bench prints the same numbers (bench/bundle-size.ts) with the files behind them.
 */
import { test, expect } from '@playwright/test';
import { backgroundSize, pageBundleSize } from '../../bench/bundle-size';
import { EXTENSION_DIR } from './fixtures';

const POPUP_BUDGET = 30_000;
const BACKGROUND_BUDGET = 20_000;

test('the popup loads at most 30 kB of JS and CSS, gzipped', () => {
  const size = pageBundleSize(EXTENSION_DIR, 'popup.html');
  expect(size.js, 'the popup loads no script at all: is popup.html still built?').toBeGreaterThan(0);
  expect(size.total, `popup: ${size.files.join(', ')}`).toBeLessThanOrEqual(POPUP_BUDGET);
});

test('the background script is at most 20 kB, gzipped', () => {
  const size = backgroundSize(EXTENSION_DIR);
  expect(size.total, `background: ${size.files.join(', ')}`).toBeGreaterThan(0);
  expect(size.total, `background: ${size.files.join(', ')}`).toBeLessThanOrEqual(BACKGROUND_BUDGET);
});
