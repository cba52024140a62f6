/**
 * lib/search: what people type finds what they mean, in the order the popup relies on. One
 * searcher over the bundled catalogue serves every check here; only the public face is used.
 */
import { describe, expect, it } from 'vitest';
import { catalogue, entriesOfRole } from '../../../lib/catalogue';
import { parseCatalogue } from '../../../lib/catalogue/parse';
import { createSearcher, searcherFor } from '../../../lib/search';

const searcher = searcherFor(catalogue);
const ids = (query: string, role?: string) => searcher.search(query, { role }).map((h) => h.entry.id);
const first = (query: string, role?: string) => ids(query, role)[0];

describe('finding what people mean', () => {
  it('finds the læringsmål pages for "laeringsmal"', () => {
    const top = ids('laeringsmal').slice(0, 3);
    expect(top).toEqual(expect.arrayContaining(['allmennmedisin', 'samfunnsmedisin']));
  });

  it('finds the ALIS pages for "alis"', () => {
    expect(ids('alis', 'kommune-leder').slice(0, 2).sort()).toEqual(['alis-for-dummies', 'alis-kontorene']);
  });

  it('finds the circular for "rundskriv", "I-2/2019" and "i2 2019"', () => {
    for (const q of ['rundskriv', 'I-2/2019', 'i2 2019', 'rundskriv i-2 2019']) {
      expect(first(q), q).toBe('rundskriv-i-2-2019');
    }
  });

  it('makes "LIS1", "LIS 1", "del 1" and "turnus" find the part 1 plans', () => {
    for (const q of ['LIS1', 'LIS 1', 'del 1', 'turnus']) expect(first(q), q).toBe('utdanningsplaner-del-1');
  });

  it('reads nynorsk forms', () => {
    expect(first('forskrifta')).toBe('spesialistforskriften');
    expect(first('utdanningsplanar arbeidsmedisin')).toBe('utdanningsplan-arbeidsmedisin');
  });

  it('forgives a typo in one term of several', () => {
    expect(first('kompetansevudering')).toBe('kompetansevurdering');
    expect(first('utdaningsplan samfunnsmedisin')).toBe('utdanningsplan-samfunnsmedisin');
  });

  it('expands abbreviations and English words from the synonym list', () => {
    expect(first('FKM')).toBe('felles-kompetansemal');
    expect(first('supervision video')).toBe('supervisjon-video');
    expect(first('Dossier brukerveiledning', 'lis')).toBe('kompetanseportalen-sykehus');
  });

  it('gives filler words no weight', () => {
    expect(ids('hvordan er det med vurderingskollegium')).toEqual(ids('vurderingskollegium'));
  });

  it('ranks an entry matching more of the terms higher', () => {
    const both = ids('utdanningsplan samfunnsmedisin');
    expect(both[0]).toBe('utdanningsplan-samfunnsmedisin');
    // An entry matching one of the two words only comes after it.
    expect(both.indexOf('utdanningsplan-samfunnsmedisin')).toBeLessThan(
      both.indexOf('utdanningsplan-arbeidsmedisin'),
    );
  });

  it('meets split and joined compounds', () => {
    expect(first('veileder kurs')).toBe('veiledning');
    expect(first('felleskompetansemål')).toBe('felles-kompetansemal');
  });

  it('finds a page while its word is still being typed', () => {
    for (const typed of ['veil', 'veiled', 'veiledni'])
      expect(ids(typed).slice(0, 3), typed).toContain('veiledning');
    expect(first('kompetansepor')).toMatch(/^kompetanseportalen/);
  });

  it('finds nothing for gibberish', () => {
    expect(ids('qqqxxzz')).toEqual([]);
  });
});

describe('roles', () => {
  it("gives one ordering, best first, and marks exactly the role's entries inRole", () => {
    for (const [query, role] of [
      ['alis', 'sykehus-leder'],
      ['læringsmål', 'lis'],
      ['veileder kurs', 'kommune-leder'],
    ] as const) {
      const hits = searcher.search(query, { role });
      const mine = entriesOfRole(catalogue, role);
      // A specialty's own pages are in no role's groups, and so in every role.
      const listed = new Set(catalogue.roles.flatMap((r) => r.groups.flatMap((g) => g.entries)));
      expect(hits.length, query).toBeGreaterThan(1);
      for (const h of hits)
        expect(h.inRole, h.entry.id).toBe(mine.has(h.entry.id) || !listed.has(h.entry.id));
    }
  });

  it("ranks another role's page that names what was asked above a weak match in the role", () => {
    // The LIS role lists no ALIS pages; "alis avtale" names the ALIS agreement all the same.
    const hits = searcher.search('alis avtale', { role: 'lis' });
    expect(hits[0]).toMatchObject({ entry: { id: 'alis-kontorene' }, inRole: false });
    const intro = hits.findIndex((h) => h.entry.id === 'introduksjonsavtaler');
    expect(intro).toBeGreaterThan(hits.findIndex((h) => h.entry.id === 'handlingsplan-allmennlegetjenesten'));
    expect(hits[intro]?.inRole).toBe(true);
    expect(first('ks alis', 'lis')).toBe('alis-kontorene');
    expect(first('kva er alis', 'lis')).toBe('alis-for-dummies');
  });

  it("puts the role's own page first between pages that match alike", () => {
    const leader = searcher.search('dossier', { role: 'kommune-leder' }).map((h) => [h.entry.id, h.inRole]);
    expect(leader[0]).toEqual(['kompetanseportalen', true]);
    expect(leader).toContainEqual(['kompetanseportalen-sykehus', false]);
    const lis = searcher.search('dossier', { role: 'lis' }).map((h) => h.entry.id);
    expect(lis.slice(0, 2).sort()).toEqual(['kompetanseportalen', 'kompetanseportalen-sykehus']);
  });

  it('marks every hit in role without a role, for "alle" and for an unknown role', () => {
    for (const role of [undefined, null, 'alle', 'no-such-role']) {
      const hits = searcher.search('veiledning', { role });
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every((h) => h.inRole)).toBe(true);
    }
  });

  it('gives the start of the full list for any limit', () => {
    for (const [query, role] of [
      ['ve', undefined],
      ['alis kommune', 'lis'],
      ['veileder i spesialisering', 'kommune-leder'],
    ] as const) {
      const all = searcher.search(query, { role });
      expect(all.length, query).toBeGreaterThan(3);
      for (const limit of [0, 1, 2, 3, 50, 2.5, -1, NaN, Infinity]) {
        expect(searcher.search(query, { role, limit }), `${query} ${limit}`).toEqual(
          all.slice(0, Math.max(0, limit)),
        );
      }
    }
  });
});

describe('highlights', () => {
  const marked = (text: string, ranges: [number, number][]) => ranges.map(([s, e]) => text.slice(s, e));

  it('point at the matched words in the original title and description', () => {
    const [hit] = searcher.search('laeringsmal allmennmedisin');
    expect(hit?.entry.id).toBe('allmennmedisin');
    expect(marked(hit?.entry.title ?? '', hit?.highlights.title ?? [])).toEqual([
      'Allmennmedisin',
      'Læringsmål',
    ]);
    expect(marked(hit?.entry.description ?? '', hit?.highlights.description ?? [])).toContain(
      'læringsmålene',
    );
  });

  it('mark synonyms and typos as written', () => {
    const [hit] = searcher.search('supervision');
    expect(marked(hit?.entry.title ?? '', hit?.highlights.title ?? [])).toEqual(['Supervisjon']);
    const [typo] = searcher.search('spesialistforskirften');
    expect(marked(typo?.entry.title ?? '', typo?.highlights.title ?? [])).toEqual(['Spesialistforskriften']);
  });

  it('stay inside the text, sorted and apart', () => {
    for (const hit of searcher.search('alis kommune læringsmål veileder')) {
      for (const [text, ranges] of [
        [hit.entry.title, hit.highlights.title],
        [hit.entry.description, hit.highlights.description],
      ] as const) {
        ranges.forEach(([s, e], i) => {
          expect(0 <= s && s < e && e <= text.length).toBe(true);
          if (i > 0) expect(s).toBeGreaterThan(ranges[i - 1]?.[1] ?? -1);
        });
      }
    }
  });

  it('mark a hyphenated word once when its parts and the whole match', () => {
    const [hit] = searcher.search('alis kontor aliskontor');
    expect(hit?.entry.id).toBe('alis-kontorene');
    expect(marked(hit?.entry.title ?? '', hit?.highlights.title ?? [])).toEqual(['ALIS-kontorene']);
  });
});

describe('another catalogue', () => {
  it('searches any valid catalogue, not just the bundled one', () => {
    const cat = parseCatalogue({
      version: 1,
      entries: [
        {
          id: 'a',
          title: 'Æble og pære',
          url: 'https://example.org/a',
          publisher: 'P',
          kind: 'k',
          description: 'Frukt',
          keywords: [],
        },
        {
          id: 'b',
          title: 'Bil',
          url: 'https://example.org/b',
          publisher: 'P',
          kind: 'k',
          description: 'Kjøretøy',
          keywords: ['auto'],
        },
      ],
      roles: [{ id: 'r', name: 'R', summary: 'S', groups: [{ title: 'G', entries: ['a', 'b'] }] }],
    });
    const search = createSearcher(cat).search;
    expect(search('aeble').map((h) => h.entry.id)).toEqual(['a']);
    expect(search('kjoretoy', { role: 'r' }).map((h) => h.entry.id)).toEqual(['b']);
  });
});
