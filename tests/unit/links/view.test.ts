/** What the user sees: the badge count per role and specialty, and the ways forward from a broken link. */
import { describe, expect, it } from 'vitest';
import { catalogue, findSpecialty, groupsForRole } from '../../../lib/catalogue';
import {
  applyRun,
  archiveUrl,
  badgeText,
  brokenCount,
  displayUrl,
  type LinkHealthMap,
  siteSearchUrl,
} from '../../../lib/links';

const HOUR = 3_600_000;
const lisUrls = new Set(groupsForRole(catalogue, 'lis').flatMap((g) => g.entries.map((e) => e.url)));
const notLis = catalogue.entries.find((e) => !lisUrls.has(e.url));
const lis = catalogue.entries.find((e) => lisUrls.has(e.url));

/** Two broken runs hours apart for the given URLs. */
function confirmedBroken(urls: string[]): LinkHealthMap {
  const run = (at: number) =>
    urls.map((url) => ({ url, state: 'broken', reason: 'not-found', checkedAt: at }) as const);
  return applyRun(applyRun({}, run(0)), run(6 * HOUR));
}

describe('badge', () => {
  it('counts broken links in the role only; "alle" and no role count all', () => {
    const health = confirmedBroken([lis?.url, notLis?.url].filter((u): u is string => u !== undefined));
    expect(brokenCount(catalogue, { role: 'lis', specialty: null }, health)).toBe(1);
    expect(brokenCount(catalogue, { role: 'alle', specialty: null }, health)).toBe(2);
    expect(brokenCount(catalogue, { role: null, specialty: null }, health)).toBe(2);
  });

  it("counts the chosen specialty's pages too, as the list shows them above the role's", () => {
    const ortPage = findSpecialty(catalogue, 'ort')?.entries[0];
    const url = catalogue.entries.find((e) => e.id === ortPage)?.url ?? '';
    expect(lisUrls.has(url)).toBe(false); // a page of the specialty's own, in no role's groups
    const health = confirmedBroken([url]);
    expect(brokenCount(catalogue, { role: 'lis', specialty: null }, health)).toBe(0);
    expect(brokenCount(catalogue, { role: 'lis', specialty: 'ort' }, health)).toBe(1);
    expect(brokenCount(catalogue, { role: 'lis', specialty: 'ane' }, health)).toBe(0);
  });

  it('says nothing when nothing is broken', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(3)).toBe('3');
  });
});

describe('ways forward', () => {
  it('links to the Internet Archive and to a search of the publisher site', () => {
    const entry = { url: 'https://www.helsedirektoratet.no/veiledere/x', title: 'Kompetansevurdering' };
    expect(archiveUrl(entry.url)).toBe(
      'https://web.archive.org/web/*/https://www.helsedirektoratet.no/veiledere/x',
    );
    const query = new URL(siteSearchUrl(entry)).searchParams.get('q');
    expect(query).toBe('site:helsedirektoratet.no "Kompetansevurdering"');
  });
});

describe('displayUrl', () => {
  it('shows host and path without the scheme', () => {
    expect(displayUrl('https://www.helsedirektoratet.no/ny-side/')).toBe('www.helsedirektoratet.no/ny-side');
    expect(displayUrl('https://lovdata.no/sok?q=lis')).toBe('lovdata.no/sok?q=lis');
  });
});
