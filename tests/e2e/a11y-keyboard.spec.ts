/**
 * Accessibility beyond what axe can see: keyboard use with a visible focus ring, the hit count
 * and selection announced in status regions, no motion, and the popup at 200% zoom. Focus,
 * computed outlines, animations and the viewport need a real browser.
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PopupPage } from './pages';

test.beforeEach(async ({ context }) => {
  await context.route(/^https:\/\//, (route) => route.fulfill({ status: 200, body: 'stub page' }));
});

async function popupWithRole(context: BrowserContext, extensionId: string): Promise<Page> {
  return (await PopupPage.as(context, extensionId, 'lis')).page;
}

/** The focus ring theme.css draws: a solid outline at least 2 px wide. */
async function expectFocusRing(element: Locator): Promise<void> {
  await expect(element).toBeFocused();
  const { style, width } = await element.evaluate((el) => {
    const css = getComputedStyle(el);
    return { style: css.outlineStyle, width: parseFloat(css.outlineWidth) };
  });
  expect(style).toBe('solid');
  expect(width).toBeGreaterThanOrEqual(2);
}

test('Tab reaches links and stars with a visible focus ring; Space stars', async ({
  context,
  extensionId,
}) => {
  const popup = await popupWithRole(context, extensionId);
  // "Bytt rolle", "Del" and the specialty picker come before the box in the header. The share
  // toggle is a chunk asked for after the first frame (components/page/later.tsx): keys reach it
  // once it is there.
  await expect(popup.getByRole('button', { name: 'Del lenkene' })).toBeVisible();
  await popup.keyboard.press('Shift+Tab');
  await expectFocusRing(popup.getByLabel('Spesialitet:'));
  await popup.keyboard.press('Shift+Tab');
  await expectFocusRing(popup.getByRole('button', { name: 'Del lenkene' }));
  await popup.keyboard.press('Shift+Tab');
  await expectFocusRing(popup.getByRole('button', { name: 'Bytt rolle' }));
  await popup.keyboard.press('Tab');
  await popup.keyboard.press('Tab');
  await popup.keyboard.press('Tab');
  await expect(popup.locator('#search-input')).toBeFocused();
  // The role's current dated facts come first, above the groups, each with its source link
  // (components/answers); how many depends on the day.
  for (const source of await popup.locator('.facts a').all()) {
    await popup.keyboard.press('Tab');
    await expectFocusRing(source);
  }
  await popup.keyboard.press('Tab');
  await expectFocusRing(popup.locator('li.entry a').first());
  await popup.keyboard.press('Tab');
  const star = popup.locator('li.entry .star').first();
  await expectFocusRing(star);
  await popup.keyboard.press('Space');
  await expect(popup.locator('[data-section="favourites"] li.entry')).toHaveCount(1);
});

test('nothing moves, and more so with reduced motion', async ({ context, extensionId }) => {
  const popup = await popupWithRole(context, extensionId);
  await popup.emulateMedia({ reducedMotion: 'reduce' });
  await popup.keyboard.type('veileder');
  await popup.keyboard.press('ArrowDown');
  expect(await popup.evaluate(() => document.getAnimations().length)).toBe(0);
  expect(await popup.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
});

// At 200% zoom Chrome gives a popup at most 800 x 600 device pixels: 400 x 300 CSS pixels.
test('at 200% zoom the search box and results stay usable, without sideways scrolling', async ({
  context,
  extensionId,
}) => {
  const popup = await popupWithRole(context, extensionId);
  await popup.setViewportSize({ width: 400, height: 300 });
  const box = popup.locator('#search-input');
  await expect(box).toBeInViewport();
  await popup.keyboard.type('veileder');
  // The card explaining the term comes first (components/answers), the hits under it; the title
  // of the first hit, which Enter opens, is in view too (the card keeps to two lines here).
  await expect(popup.locator('.answer-card').first()).toBeInViewport();
  await expect(popup.locator('li.entry.selected .entry-title')).toBeInViewport({ ratio: 1 });
  const noSideways = () => popup.evaluate(() => document.documentElement.scrollWidth <= innerWidth);
  expect(await noSideways()).toBe(true);
  await popup.keyboard.press('ArrowDown');
  await expect(popup.locator('li.entry.selected .entry-row > a')).toBeInViewport({ ratio: 0.9 });
  // Walking down the list keeps the selection and the box in view (the header is sticky).
  for (let i = 0; i < 7; i++) await popup.keyboard.press('ArrowDown');
  // The selected entry's own link (an entry may also have a "Nyere:" link under it).
  await expect(popup.locator('li.entry.selected .entry-row > a')).toBeInViewport({ ratio: 0.9 });
  await expect(box).toBeInViewport();
  expect(await noSideways()).toBe(true);
});
