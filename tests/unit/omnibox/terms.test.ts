/**
 * A term in the address bar (`spes hva er FIM`): the first suggestion is the page that explains
 * it, with the cards' names as the background script has them (lib/answers/names.ts), and Enter
 * on it opens that page; a typed address that is no term's page still goes to the search page.
 */
import { describe, expect, it } from 'vitest';
import { loadTermNames } from '../../../lib/answers';
import { catalogue } from '../../../lib/catalogue';
import { workerMessages } from '../../../lib/i18n';
import { buildSuggestions, decideEnter, MAX_SUGGESTIONS } from '../../../lib/omnibox';
import { searcherFor } from '../../../lib/search';

const bundled = searcherFor(catalogue);

describe('terms in the omnibox', async () => {
  const { termNames, termsNamedIn } = await loadTermNames();
  const fim = termNames.find((t) => t.id === 'fim');

  it("suggests the term's page first, then pages as before", () => {
    const rows = buildSuggestions('hva er FIM', { flavor: 'chrome', termsNamedIn }, bundled);
    expect(rows[0]?.content).toBe(fim?.url);
    expect(rows[0]?.description).toContain('<match>FIM</match>');
    expect(rows[0]?.description).toContain(workerMessages.nb.omniboxTerm);
    const plain = buildSuggestions(
      'kompetanseportalen',
      {
        flavor: 'firefox',
        termsNamedIn,
        messages: workerMessages.en,
      },
      bundled,
    );
    expect(plain[0]?.description).toContain(workerMessages.en.omniboxTerm);
    expect(plain.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
    expect(new Set(plain.map((r) => r.content)).size, 'no page twice').toBe(plain.length);
    const pages = buildSuggestions('kompetanseportalen', { flavor: 'firefox' }, bundled).map(
      (r) => r.content,
    );
    expect(plain.slice(1).map((r) => r.content)).toEqual(
      pages.filter((url) => url !== plain[0]?.content).slice(0, MAX_SUGGESTIONS - 1),
    );
  });

  it('suggests no term for a query about pages', () => {
    const rows = buildSuggestions('veileder kurs', { flavor: 'chrome', termsNamedIn }, bundled);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.description.includes(workerMessages.nb.omniboxTerm))).toEqual([]);
  });

  it("opens a term's page on Enter, and only a known one", () => {
    const urls = termNames.map((t) => t.url);
    const search = 'chrome-extension://id/search.html';
    expect(decideEnter(fim?.url ?? '', 'currentTab', search, catalogue, urls).url).toBe(fim?.url);
    expect(decideEnter('https://example.org/', 'currentTab', search, catalogue, urls).url).toMatch(
      /^chrome-extension:/,
    );
  });
});
