/**
 * Spes in real Firefox (an MV2 background page, not a service worker), in one Firefox for the
 * file, reset between tests (firefox-helpers.ts); the policy tests start their own
 * (firefox-policy.test.ts). No test opens a catalogue link, so nothing reaches the network.
 *
 * - Installing: the welcome page, a role, the popup's groups and a search.
 * - Languages: the build's _locales folders (nb, nn, en; default nb) load and the manifest's texts
 *   resolve, and the options page switches the UI language. Debian's firefox-esr here has only the
 *   en-US UI, so Firefox picks the "en" folder.
 * - Favourites and recent: the popup's "opened" message is sent directly.
 * - Where the guidance has moved on: the dated note and the "Nyere:" lines in the popup, a search
 *   that finds them, the successors' rows in the link report, and their hosts among the
 *   permissions Firefox granted.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { manifestTexts } from '../../lib/build/manifest-locales';
import { catalogue, groupsForRole } from '../../lib/catalogue';
import { en } from '../../lib/i18n/en';
import { nb } from '../../lib/i18n/nb';
import { oneFirefoxPerFile, openInside, texts } from './firefox-helpers';

const firefox = oneFirefoxPerFile();

describe('Spes in Firefox', () => {
  it('installs, opens the welcome page, takes a role and finds guidance', async () => {
    // First in the file: the welcome tab is the one the install opened.
    const page = await firefox.welcome();
    expect(await page.$$eval('.role-choice', (bs) => bs.map((b) => b.getAttribute('data-role')))).toEqual([
      ...catalogue.roles.map((r) => r.id),
      'alle',
    ]);
    await page.click('[data-role="lis"]');
    await page.waitForSelector('.done');

    await openInside(page, '/popup.html');
    await page.waitForSelector('[data-testid="role-name"]');
    expect(await texts(page, '[data-testid="role-name"]')).toEqual(['Lege i spesialisering (LIS)']);
    // Spes's own groups, past the seed's, carry their mark in the heading.
    expect(await texts(page, '.group > h2')).toEqual(
      groupsForRole(catalogue, 'lis').map((g) => (g.own ? `${g.title} (${nb.sectionTitles.own})` : g.title)),
    );

    await page.type('#search-input', 'kompetansevurdering');
    await page.waitForFunction(() => document.querySelector('.group > h2')?.textContent === 'Treff');
    const ids = await page.$$eval('li.entry', (lis) => lis.map((li) => li.getAttribute('data-entry-id')));
    expect(ids).toContain('kompetansevurdering');
  });
});

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

const PLAN = 'li.entry[data-entry-id="handlingsplan-allmennlegetjenesten"]';
const OFFICES = 'li.entry[data-entry-id="alis-kontorene"]';

const hrefs = (page: Page, selector: string) =>
  page.$$eval(selector, (as) => as.map((a) => a.getAttribute('href')));

interface WithManifest {
  browser: { runtime: { getManifest(): { permissions?: string[] } } };
}

async function popupAsLeader(): Promise<Page> {
  const page = await firefox.welcome();
  await page.click('[data-role="kommune-leder"]');
  await page.waitForSelector('.done');
  await openInside(page, '/popup.html');
  await page.waitForSelector(`${OFFICES} [data-testid="successor"]`);
  return page;
}

describe('Spes in Firefox, successors and notes', () => {
  it('shows the note and "Nyere:" lines, and a search finds them', async () => {
    const page = await popupAsLeader();
    expect(await texts(page, `${PLAN} [data-testid="entry-note"]`)).toEqual([
      expect.stringMatching(/^Planperioden 2020–2024 er over\. .* \(per mai 2025\)$/),
    ]);
    expect(await texts(page, `${PLAN} [data-testid="successor"]`)).toEqual([
      'Nyere: Nasjonal ALIS og veiledning',
    ]);
    expect(await hrefs(page, `${PLAN} [data-testid="successor"] a`)).toEqual([
      'https://www.helsedirektoratet.no/tilskudd/nasjonal-alis-og-veiledning',
    ]);
    expect(await hrefs(page, `${OFFICES} [data-testid="successor"] a`)).toEqual([
      'https://www.alis.no/om-alis-kontorene',
      'https://www.samlis.no/om-samlis-kontorene',
    ]);

    await page.type('#search-input', 'samlis');
    await page.waitForSelector('#results[data-query="samlis"]');
    const ids = await page.$$eval('li.entry', (lis) => lis.slice(0, 3).map((li) => li.dataset.entryId));
    expect(ids).toContain('alis-kontorene');
    expect(await texts(page, `${OFFICES} [data-testid="successor"]`)).toContain(
      'Nyere: Om ALIS og SamLIS rådgivingskontor',
    );
  });

  it('lists successors in the link report and holds their hosts as permissions', async () => {
    const page = await popupAsLeader();
    const permissions = await page.evaluate(
      () => (globalThis as unknown as WithManifest).browser.runtime.getManifest().permissions ?? [],
    );
    expect(permissions).toEqual(expect.arrayContaining(['https://www.alis.no/*', 'https://www.samlis.no/*']));

    await openInside(page, '/options.html');
    await page.waitForSelector('tr[data-successor-of="alis-kontorene"]');
    expect(await texts(page, 'tr[data-successor-of] td:first-child a')).toEqual([
      'Om ALIS-kontorene',
      'Om ALIS og SamLIS rådgivingskontor',
      'Nasjonal ALIS og veiledning',
    ]);
  });
});
