/** lib/omnibox: suggestions for the `spes` keyword, as Chrome (XML) and Firefox (text) need them. */
import { describe, expect, it } from 'vitest';
import { ALL_ROLES, catalogue } from '../../../lib/catalogue';
import { buildSuggestions, defaultSuggestion, MAX_SUGGESTIONS } from '../../../lib/omnibox';
import { createSearcher, searcherFor } from '../../../lib/search';
import { HOSTILE_TITLE, UNSAFE_CHARS, hostileCatalogue, parseDescription, textOf } from './helpers';

/** The search over the bundled catalogue, as the worker has it with no organisation links. */
const bundled = searcherFor(catalogue);

const urlOf = (id: string) => catalogue.entries.find((e) => e.id === id)?.url;

describe('buildSuggestions for Chrome', () => {
  const alis = buildSuggestions('alis', { role: 'kommune-leder', flavor: 'chrome' }, bundled);

  it('lists the ALIS pages for "spes alis", at most five', () => {
    expect(alis.length).toBeGreaterThan(0);
    expect(alis.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
    const contents = alis.map((s) => s.content);
    expect(contents).toContain(urlOf('alis-for-dummies'));
    expect(contents).toContain(urlOf('alis-kontorene'));
  });

  it('shows title, publisher and URL, with the matched word in <match>', () => {
    const dummies = alis.find((s) => s.content === urlOf('alis-for-dummies'));
    const doc = parseDescription(dummies?.description ?? '');
    expect(textOf(doc, 'match')).toEqual(['ALIS']);
    expect(textOf(doc, 'dim')[0]).toContain('KS');
    expect(textOf(doc, 'url')).toEqual([urlOf('alis-for-dummies')]);
    expect(doc.documentElement.textContent).toContain('ALIS for dummies');
  });

  it('puts the role’s own page first and marks other roles’ pages, in the search’s order', () => {
    const forLeader = buildSuggestions('dossier', { role: 'kommune-leder', flavor: 'chrome' }, bundled);
    expect(forLeader[0]?.content).toBe(urlOf('kompetanseportalen'));
    expect(forLeader[0]?.description).not.toContain('annen rolle');
    const sykehus = forLeader.find((s) => s.content === urlOf('kompetanseportalen-sykehus'));
    expect(sykehus?.description).toContain('annen rolle');
    const hits = searcherFor(catalogue).search('dossier', { role: 'kommune-leder', limit: 5 });
    expect(forLeader.map((s) => s.content)).toEqual(hits.map((h) => h.entry.url));
  });

  it('marks no page as another role’s for "Alle roller"', () => {
    const all = buildSuggestions('dossier', { role: ALL_ROLES, flavor: 'chrome' }, bundled);
    expect(all.length).toBeGreaterThan(1);
    expect(all.filter((s) => s.description.includes('annen rolle'))).toEqual([]);
    expect(all).toEqual(buildSuggestions('dossier', { role: null, flavor: 'chrome' }, bundled));
  });

  it('escapes every piece of hostile catalogue text into well-formed XML', () => {
    const searcher = createSearcher(hostileCatalogue());
    const hits = buildSuggestions('tom jerry', { flavor: 'chrome' }, searcher);
    expect(hits.length).toBe(2);
    for (const s of hits) {
      const doc = parseDescription(s.description);
      expect(doc.documentElement.textContent).not.toMatch(UNSAFE_CHARS);
    }
    const doc = parseDescription(hits.find((s) => s.content.includes('?b=1'))?.description ?? '');
    expect(textOf(doc, 'url')).toEqual(['https://example.org/a?b=1&c=\'2\'&d="3"<x>']);
    expect(textOf(doc, 'dim')[0]).toContain('A&B <Forlag> "x" \'y\'');
    expect(doc.documentElement.textContent).toContain('Tom & Jerry <b>"sitat"</b> \'apostrof\'');
  });
});

describe('buildSuggestions for Firefox', () => {
  it('gives plain text: title, publisher and URL, no markup', () => {
    const [first] = buildSuggestions('kompetansevurdering', { role: 'lis', flavor: 'firefox' }, bundled);
    expect(first?.description).toBe(
      `Kompetansevurdering – Helsedirektoratet – ${urlOf('kompetansevurdering')}`,
    );
  });

  it('keeps hostile text as text, on one line, without control or bidi characters', () => {
    const [first] = buildSuggestions('jerry', { flavor: 'firefox' }, createSearcher(hostileCatalogue()));
    expect(first?.description).toContain('Tom & Jerry <b>"sitat"</b>');
    expect(first?.description).not.toMatch(UNSAFE_CHARS);
  });
});

describe('hostile input', () => {
  const inputs = {
    '100 kB': 'alis '.repeat(20_000),
    markup: '<script>alert("x")</script> & alis',
    quotes: '"alis" \'veileder\'',
    'control characters': 'al\u0000is\u0007\u001b[31m',
    newlines: 'alis\r\nveileder\n',
    emoji: '👩‍⚕️ alis 😀',
    'RTL marks': '\u202Ealis\u200F \u2067veileder\u2069',
    'lone surrogate': 'alis \uD800 x',
    empty: '',
    'only spaces': '   ',
  };

  it.each(Object.entries(inputs))('%s: never throws, stays valid XML for Chrome', (_name, text) => {
    for (const flavor of ['chrome', 'firefox'] as const) {
      const suggestions = buildSuggestions(text, { flavor }, bundled);
      expect(suggestions.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
      if (flavor === 'chrome') suggestions.forEach((s) => parseDescription(s.description));
      expect(() => parseDescription(defaultSuggestion(text, 'chrome'))).not.toThrow();
    }
  });

  it('never gives more than five, however many pages match', () => {
    expect(MAX_SUGGESTIONS).toBe(5);
    expect(searcherFor(catalogue).search('veiledning', { limit: 50 }).length).toBeGreaterThan(5);
    expect(buildSuggestions('veiledning', { flavor: 'chrome' }, bundled)).toHaveLength(5);
  });
});

describe('defaultSuggestion', () => {
  it('tells in Norwegian what typing does when the box is empty', () => {
    expect(defaultSuggestion('', 'firefox')).toMatch(/^Søk i veiledningen/);
  });

  it('quotes the typed text, escaped and shortened, and says Enter opens the search page', () => {
    const chrome = parseDescription(defaultSuggestion(HOSTILE_TITLE.repeat(5), 'chrome'));
    const quoted = textOf(chrome, 'match')[0] ?? '';
    expect(quoted.startsWith('Tom & Jerry <b>"sitat"</b>')).toBe(true);
    expect(quoted.length).toBeLessThanOrEqual(61);
    expect(defaultSuggestion('alis', 'firefox')).toBe('Søk i Spes etter «alis» (Enter åpner søkesiden)');
  });

  it.each(['$&', '$`', "$'", '$$', '$1 {query}'])('shows %s exactly as typed', (typed) => {
    expect(textOf(parseDescription(defaultSuggestion(typed, 'chrome')), 'match')).toEqual([typed]);
    expect(defaultSuggestion(typed, 'firefox')).toContain(`«${typed}»`);
  });
});
