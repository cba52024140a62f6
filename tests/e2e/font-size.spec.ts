/**
 * Spes's text follows the browser's text size (chrome://settings/fonts, "Very large" is 24 px):
 * the popup grows with it and stays usable, with no sideways scroll and the search box and the
 * first links in view.
 *
 * Needs the browser: the text size is the browser's own setting, which reaches a page as its default
 * font size. The profile's setting is read only when a browser starts, so the shared browser gets the
 * same value for the popup's page alone, over the DevTools protocol (Page.setFontSizes), and the
 * reset closes that page. The protocol sets it for the document on screen (a reload drops it), so it
 * comes after the page has loaded: the popup sizes everything in its stylesheet and measures nothing
 * in script, so the layout is the one a size set before loading gives.
 */
import { expect, test } from './fixtures';

const VERY_LARGE = 24;
// Chromium's popups are at most 800 x 600 px; the popup sets its own width within that.
const POPUP_MAX = { width: 800, height: 600 };

test('the popup follows a very large browser text size, and stays usable', async ({
  context,
  extensionId: id,
}) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${id}/popup.html`);
  const devtools = await context.newCDPSession(popup);
  await devtools.send('Page.setFontSizes', { fontSizes: { standard: VERY_LARGE } });
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
  expect(await popup.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await expect(popup.locator('#search-input')).toBeInViewport();
  await expect(popup.locator('li.entry').first()).toBeInViewport();
});
