/**
 * Languages in real Firefox: the build's _locales folders (nb, nn, en; default nb) load and the
 * manifest's texts resolve, and the options page switches the UI language. Debian's firefox-esr
 * here has only the en-US UI, so Firefox picks the "en" folder.
 */
import { describe, expect, it } from 'vitest';
import { manifestTexts } from '../../lib/build/manifest-locales';
import { en } from '../../lib/i18n/en';
import { nb } from '../../lib/i18n/nb';
import { oneFirefoxPerFile, openInside, texts } from './firefox-helpers';

const firefox = oneFirefoxPerFile();

/** What these tests read of the page's `browser` (the WebExtension API, not puppeteer's). */
interface WithBrowser {
  browser: {
    i18n: { getUILanguage(): string; getMessage(key: string): string };
    runtime: { getManifest(): { name: string; description?: string; default_locale?: string } };
  };
}

describe('Spes in Firefox, languages', () => {
  it('loads the localized manifest: name and description resolve', async () => {
    const page = await firefox.welcome();
    const loaded = await page.evaluate(() => {
      const api = (globalThis as unknown as WithBrowser).browser;
      const manifest = api.runtime.getManifest();
      return {
        ui: api.i18n.getUILanguage(),
        name: manifest.name,
        description: manifest.description,
        defaultLocale: manifest.default_locale,
        actionTitle: api.i18n.getMessage('actionTitle'),
      };
    });
    expect(loaded).toEqual({
      ui: 'en-US',
      name: manifestTexts('en').extName,
      description: manifestTexts('en').extDescription,
      defaultLocale: 'nb',
      actionTitle: manifestTexts('en').actionTitle,
    });
  });

  it('switches the UI to English from the options page', async () => {
    const page = await firefox.welcome();
    await page.click('[data-role="lis"]');
    await page.waitForSelector('.done');

    await openInside(page, '/options.html');
    await page.waitForSelector('[data-testid="language-setting"]');
    expect(await texts(page, 'h1')).toEqual([nb.optionsHeading]);
    await page.select('[data-testid="language-setting"]', 'en');
    await page.waitForFunction((h) => document.querySelector('h1')?.textContent === h, {}, en.optionsHeading);

    await openInside(page, '/popup.html');
    await page.waitForSelector('[data-testid="role-name"]');
    expect(await texts(page, '[data-testid="role-name"]')).toEqual([en.roleNames.lis.name]);
    expect(await texts(page, '.role-bar button')).toEqual([en.changeRole]);
  });
});
