/**
 * One rule for a link's address, whether the catalogue or an organisation's policy brings it
 * (assets/catalogue.schema.json pageUrl, lib/policy/org-links.ts): both take and refuse the same
 * addresses, and both write a kept one the same way.
 */
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../../lib/catalogue/parse';
import { parseManagedSettings } from '../../../lib/policy';
import raw from '../../../assets/catalogue.json' with { type: 'json' };

/** The address the catalogue keeps for its first entry given `url`, or the error it raises. */
function catalogueAddress(url: string): string {
  const data = structuredClone(raw) as unknown as { entries: { url: string }[] };
  (data.entries[0] as { url: string }).url = url;
  try {
    return parseCatalogue(data).entries[0]?.url ?? '';
  } catch (e) {
    return `refused: ${(e as Error).message}`;
  }
}

function orgAddress(url: string): string {
  const reasons: string[] = [];
  const [link] = parseManagedSettings({ extraLinks: [{ title: 'x', url }] }, (r) =>
    reasons.push(r),
  ).extraLinks;
  return link ? link.url : `refused: ${reasons.join()}`;
}

describe('the address rule', () => {
  it.each([
    ['https://user:pw@example.no/side', /user name or password/],
    ['https://user@example.no/side', /user name or password/],
    ['javascript:alert(1)', /https|http\(s\)/],
  ])('both refuse %s', (url, why) => {
    expect(catalogueAddress(url)).toMatch(why);
    expect(orgAddress(url)).toMatch(why);
  });

  it('take an address pasted with spaces around it only from a policy: the catalogue is told', () => {
    expect(orgAddress('  https://example.no/side \n')).toBe('https://example.no/side');
    // The catalogue is source data its maintainers write: it is told, not rewritten.
    expect(catalogueAddress('https://example.no/side \n')).toMatch(/no spaces or line breaks around it/);
    expect(catalogueAddress('https://example.no/side')).toBe('https://example.no/side');
  });
});
