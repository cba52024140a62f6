/**
 * Where the guidance has moved on, in real Firefox: the dated note and the "Nyere:"
 * lines under an entry in the popup, a search that finds them, the successors' rows in the link
 * report, and their hosts among the permissions Firefox granted. No link is opened, so nothing
 * reaches the network.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { oneFirefoxPerFile, openInside, texts } from './firefox-helpers';

const firefox = oneFirefoxPerFile();

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
