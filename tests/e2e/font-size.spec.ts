/**
 * Spes's text follows the browser's text size (chrome://settings/fonts, "Very large" is 24 px):
 * the popup grows with it and stays usable, with no sideways scroll and the search box and the
 * first links in view.
 *
 * Needs the browser, and one of its own: the text size is a setting of the browser profile,
 * read when the browser starts.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, newProfileDir, test, withFreshBrowser } from './fixtures';

const VERY_LARGE = 24;
// Chromium's popups are at most 800 x 600 px; the popup sets its own width within that.
const POPUP_MAX = { width: 800, height: 600 };

test('the popup follows a very large browser text size, and stays usable', async () => {
  const profile = newProfileDir();
  mkdirSync(join(profile, 'Default'), { recursive: true });
  writeFileSync(
    join(profile, 'Default', 'Preferences'),
    JSON.stringify({ webkit: { webprefs: { default_font_size: VERY_LARGE } } }),
  );
  try {
    await withFreshBrowser(
      async ({ context, extensionId: id }) => {
        const popup = await context.newPage();
        await popup.goto(`chrome-extension://${id}/popup.html`);
        await popup.locator('[data-role="sykehus-leder"]').click();
        await expect(popup.locator('li.entry').first()).toBeVisible();

        const size = (selector: string) =>
          popup
            .locator(selector)
            .first()
            .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        expect(await size('body')).toBe(VERY_LARGE);
        // The smallest text of a link is still larger than the whole page's text used to be (15 px).
        expect(await size('.entry-meta')).toBeGreaterThan(15);

        // Sized as Chromium sizes a popup: its own width, up to the limit.
        const width = await popup.evaluate(() => document.body.getBoundingClientRect().width);
        expect(width).toBeGreaterThan(400);
        await popup.setViewportSize({
          width: Math.min(Math.ceil(width), POPUP_MAX.width),
          height: POPUP_MAX.height,
        });
        expect(await popup.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
          true,
        );
        await expect(popup.locator('#search-input')).toBeInViewport();
        await expect(popup.locator('li.entry').first()).toBeInViewport();
      },
      { profileDir: profile },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
