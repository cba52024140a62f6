/** What the user sees: the badge count per role and the ways forward from a broken link. */
import { describe, expect, it } from 'vitest';
import { catalogue, groupsForRole } from '../../../lib/catalogue';
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
    expect(brokenCount(catalogue, 'lis', health)).toBe(1);
    expect(brokenCount(catalogue, 'alle', health)).toBe(2);
    expect(brokenCount(catalogue, null, health)).toBe(2);
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
