/**
 * Words users typed that found nothing, or the wrong thing first, and the general cause behind
 * each: compounds whose parts the synonym list knows, compounds with one known part, synonym
 * groups that lacked the word, and known words reaching into compounds that mean something else.
 * One searcher over the bundled catalogue; only lib/search's public face.
 */
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../lib/catalogue';
import { parseCatalogue } from '../../../lib/catalogue/parse';
import { createSearcher, searcherFor } from '../../../lib/search';

const searcher = searcherFor(catalogue);
const ids = (query: string, role?: string) => searcher.search(query, { role }).map((h) => h.entry.id);

describe('a compound the index does not know, made of words the synonym list knows', () => {
  it('is joined again from the synonyms of its parts: "rettleiarkurs" is a "veilederkurs"', () => {
    for (const q of ['rettleiarkurs', 'rettleiarkurset', 'veiledarkurs', 'mentorkurs'])
      expect(ids(q, 'kommune-veileder')[0], q).toBe('veiledning');
  });

  it('takes the linking s along ("rettleiings" + "samtale" -> "veiledningssamtale")', () => {
    expect(ids('rettleiingssamtale', 'lis')[0]).toBe('veiledning');
    expect(ids('tilskotsordning', 'kommune-leder')[0]).toBe('handlingsplan-allmennlegetjenesten');
    expect(ids('rettleiingsgruppe allmennmedisin', 'kommune-veileder')[0]).toBe('allmennmedisin');
  });
});

describe('a compound with one known part', () => {
  it('finds what the known part and its synonyms find: "lovtekst" is about the law', () => {
    for (const q of ['lovtekst', 'lovteksta', 'forskriftsteksten'])
      expect(ids(q, 'kommune-leder')[0], q).toBe('spesialistforskriften');
  });

  it('does not count a filler word as the known part', () => {
    // "kaffe" + "der": "der" (there) is in most descriptions and means nothing here.
    expect(ids('kaffeder')).toEqual([]);
  });
});

describe('synonym groups', () => {
  it('know that people looking for training posts mean the LIS pages', () => {
    for (const q of ['utdanningsstillinger', 'utdanningsstillingar', 'LIS-stilling']) {
      const found = ids(q, 'lis');
      expect(found[0], q).toBe('lis-spesialisthelsetjenesten');
      expect(found.slice(0, 3), q).toContain('spesialistutdanning');
    }
  });

  it('know the nynorsk words for hospital, training institution and user guide', () => {
    expect(ids('sjukehus kompetanseportalen', 'lis')[0]).toBe('kompetanseportalen-sykehus');
    expect(ids('helseføretak', 'sykehus-leder')[0]).toBe('lis-spesialisthelsetjenesten');
    expect(ids('utdanningsverksemd', 'kommune-leder')[0]).toBe('registrering-utdanningsvirksomhet');
    expect(ids('brukarrettleiing kompetanseportalen', 'sykehus-leder')[0]).toBe('kompetanseportalen-sykehus');
  });
});

describe('a word the index knows', () => {
  it('does not reach into compounds that mean something else ("veiledning" in "Brukerveiledning")', () => {
    const entry = (id: string, title: string, description: string) => ({
      id,
      title,
      description,
      url: `https://example.org/${id}`,
      publisher: 'P',
      kind: 'side',
      keywords: [],
    });
    const cat = parseCatalogue({
      version: 1,
      entries: [
        entry('guide', 'Brukerveiledning for portalen', 'Slik logger du inn i portalen.'),
        entry('advice', 'Råd til nye leger', 'Om veiledning av leger i spesialisering.'),
      ],
      roles: [{ id: 'r', name: 'R', summary: 'S', groups: [{ title: 'G', entries: ['guide', 'advice'] }] }],
    });
    expect(
      createSearcher(cat)
        .search('veiledning')
        .map((h) => h.entry.id),
    ).toEqual(['advice']);
  });

  it('leaves "Brukerveiledning for Kompetanseportalen" unmarked and out of the top 3 for "veiledning"', () => {
    const hits = searcher.search('veiledning', { role: 'lis' });
    expect(hits[0]?.entry.id).toBe('veiledning');
    const guide = hits.findIndex((h) => h.entry.id === 'kompetanseportalen-sykehus');
    expect(guide === -1 || guide >= 3).toBe(true);
    expect(hits[guide]?.highlights.title ?? []).toEqual([]);
  });

  it('still finds a word being typed, as the start of longer ones', () => {
    expect(ids('veiled').slice(0, 3)).toContain('veiledning');
    expect(ids('brukerveil', 'lis')[0]).toBe('kompetanseportalen-sykehus');
  });
});
