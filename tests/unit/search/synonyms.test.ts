/** assets/synonyms.json and its validator: the data maintainers edit stays usable. */
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../lib/catalogue';
import { parseCatalogue } from '../../../lib/catalogue/parse';
import {
  createSearcher,
  queryTerms,
  searcherFor,
  withSearchFields,
  type Searcher,
} from '../../../lib/search';
import { buildIndex } from '../../../lib/search/inverted-index';
import { parseSynonyms } from '../../../lib/search/parse';
import raw from '../../../assets/synonyms.json';

describe('parseSynonyms', () => {
  it('accepts the bundled file', () => {
    expect(parseSynonyms(raw).groups.length).toBe(raw.groups.length);
  });

  it.each([
    ['a non-object', [], /synonyms, field "\(root\)": must be an object/],
    ['a wrong version', { version: 2, groups: [] }, /field "version": must be 1, got 2/],
    ['groups that are not a list', { version: 1, groups: {} }, /field "groups": must be an array/],
    [
      'a group without terms',
      { version: 1, groups: [{ $note: 'x' }] },
      /groups\[0\], field "terms": is missing/,
    ],
    [
      'an empty term',
      { version: 1, groups: [{ terms: ['FKM', ' '] }] },
      /groups\[0\], field "terms\[1\]": must not be empty/,
    ],
    ['a lonely term', { version: 1, groups: [{ terms: ['FKM'] }] }, /field "terms": must list at least 2/],
    [
      'a term twice',
      { version: 1, groups: [{ terms: ['FKM', 'fkm'] }] },
      /groups\[0\], field "terms\[1\]": "fkm" is listed twice/,
    ],
    [
      'a note that is not text',
      { version: 1, groups: [{ terms: ['a', 'b'], $note: 1 }] },
      /groups\[0\], field "\$note": must be a string/,
    ],
    ['a field it does not know', { version: 1, groups: [{ terms: ['a', 'b'], note: 'x' }] }, /field "note"/],
  ])('rejects %s, naming the place', (_, data, message) => {
    expect(() => parseSynonyms(data)).toThrow(/^synonyms: /);
    expect(() => parseSynonyms(data)).toThrow(message);
  });
});

describe('the bundled synonyms', () => {
  const index = buildIndex(withSearchFields(catalogue).entries); // as the search builds it

  it('give every term something to search for (not only filler words)', () => {
    for (const term of raw.groups.flatMap((g) => g.terms)) expect(queryTerms(term), term).not.toEqual([]);
  });

  it('reach the catalogue: some term of each group is a word the catalogue uses', () => {
    for (const group of raw.groups) {
      const known = group.terms.some((t) => queryTerms(t).every((term) => index.postings.has(term)));
      expect(known, group.terms.join(', ')).toBe(true);
    }
  });

  // Through the search: the words it marks in the titles were not typed, so only a synonym found them.
  it('make each term of a group find the others', () => {
    const marked = (search: Searcher['search'], q: string) =>
      search(q).flatMap(({ entry, highlights }) => highlights.title.map(([s, e]) => entry.title.slice(s, e)));
    const { search } = searcherFor(catalogue);
    expect(marked(search, 'FKM')).toEqual(expect.arrayContaining(['Felles', 'kompetansemål']));
    expect(marked(search, 'Dossier')).toContain('Kompetanseportalen');
    // No bundled title says FKM, so the other way round is asked of a catalogue whose one title does.
    const fkm = {
      id: 'fkm',
      url: 'https://example.org/fkm',
      publisher: 'P',
      kind: 'k',
      description: 'D',
      keywords: [],
    };
    const other = { ...fkm, id: 'other', url: 'https://example.org/other', title: 'Annet' };
    const cat = parseCatalogue({
      version: 1,
      entries: [{ ...fkm, title: 'FKM i praksis' }, other],
      roles: [{ id: 'r', name: 'R', summary: 'S', groups: [{ title: 'G', entries: ['fkm', 'other'] }] }],
    });
    expect(marked(createSearcher(cat).search, 'felles kompetansemål')).toEqual(['FKM']);
  });
});
