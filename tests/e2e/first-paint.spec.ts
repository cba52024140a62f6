/**
 * The popup at the speed of a static page: the last list is drawn from a snapshot before the app
 * loads (lib/snapshot, entrypoints/paint-snapshot.ts), the app starts only after that frame, and
 * nothing typed meanwhile is lost.
 */
import type { Route } from '@playwright/test';
import { expect, openPopupOnce, test } from './fixtures';

test('the second open shows the list before the app loads, and keeps what was typed meanwhile', async ({
  context,
  extensionId,
  openPopup,
}) => {
  await context.route(/^https:\/\//, (route) => route.fulfill({ status: 200, body: 'stub page' }));
  await openPopupOnce(openPopup, 'lis');

  // Hold the app's entry module back until the test lets it go.
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const held: string[] = [];
  const hold = async (route: Route) => {
    held.push(new URL(route.request().url()).pathname);
    await released;
    await route.continue();
  };
  await context.route(/\/chunks\/popup-[\w-]+\.js$/, hold);

  const popup = await context.newPage();
  // Not "load": the held module keeps the page from finishing loading.
  await popup.goto(`chrome-extension://${extensionId}/popup.html`, { waitUntil: 'commit' });
  await expect(popup.locator('main[data-snapshot] li.entry')).toHaveCount(18);
  await expect(popup.locator('input[type="search"]')).toBeFocused();
  await popup.keyboard.type('alis');
  // The app is asked for only after the list was drawn; it has not run yet.
  await expect.poll(() => held.length).toBe(1);
  await expect(popup.locator('main[data-snapshot]')).toHaveCount(1);

  release();
  await expect(popup.locator('#app > main:not([data-snapshot])')).toHaveCount(1);
  await expect(popup.locator('#search-input')).toHaveValue('alis');
  await expect(popup.locator('#search-input')).toBeFocused();
  await expect(popup.locator('#results')).toHaveAttribute('data-query', 'alis');
  expect(await popup.locator('li.entry').count()).toBeGreaterThan(0);
  await popup.keyboard.type(' kontor');
  await expect(popup.locator('#search-input')).toHaveValue('alis kontor');
});

test('a corrupt or hostile snapshot costs only the head start', async ({
  context,
  extensionId,
  openPopup,
}) => {
  const first = await openPopup();
  await first.locator('[data-role="lis"]').click();
  await expect(first.locator('li.entry')).toHaveCount(18);
  for (const stored of [
    '{not json',
    JSON.stringify({ v: 1, lang: 'nb', root: ['script', {}, ['alert(1)']] }),
    JSON.stringify({
      v: 1,
      lang: 'nb',
      root: ['main', { onclick: 'alert(1)' }, [['a', { href: 'javascript:alert(1)' }, ['x']]]],
    }),
  ]) {
    await first.evaluate((value) => localStorage.setItem('spes.snapshot.popup', value), stored);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => void d.dismiss().then(() => errors.push(`dialog: ${d.message()}`)));
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(page.locator('#app > main:not([data-snapshot]) li.entry')).toHaveCount(18);
    expect(await page.locator('script:not([src])').count()).toBe(0);
    expect(await page.locator('[onclick], a[href^="javascript"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }
});
