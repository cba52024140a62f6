/**
 * Favourites and recent in real Firefox (an MV2 background page, not a service worker). Opening a
 * catalogue link would reach the network, so the popup's "opened" message is sent directly.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { oneFirefoxPerFile, openInside } from './firefox-helpers';

const firefox = oneFirefoxPerFile();

interface WithRuntime {
  browser: { runtime: { sendMessage(message: object): Promise<unknown> } };
}

const sectionIds = (page: Page, kind: string) =>
  page.$$eval(`[data-section="${kind}"] li.entry`, (lis) =>
    lis.map((li) => li.getAttribute('data-entry-id')),
  );

describe('Spes in Firefox, favourites and recent', () => {
  it('pins a starred link and lists an opened one', async () => {
    const page = await firefox.welcome();
    await page.click('[data-role="lis"]');
    await page.waitForSelector('.done');

    await openInside(page, '/popup.html');
    await page.waitForSelector('li.entry[data-entry-id="spesialistutdanning"] .star');
    await page.click('li.entry[data-entry-id="spesialistutdanning"] .star');
    await page.waitForSelector('[data-section="favourites"]');
    const sent = await page.evaluate(
      (type) =>
        (globalThis as unknown as WithRuntime).browser.runtime.sendMessage({
          type,
          entryId: 'spesialistforskriften',
        }),
      'spes:entry-opened',
    );
    expect(sent).toBe(true);

    await openInside(page, '/popup.html');
    await page.waitForSelector('[data-section="recent"]');
    expect(await sectionIds(page, 'favourites')).toEqual(['spesialistutdanning']);
    expect(await sectionIds(page, 'recent')).toEqual(['spesialistforskriften']);
  });
});
