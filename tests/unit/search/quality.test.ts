/**
 * Search quality, measured: the shared sample of real queries (tests/fixtures/shared-search-queries.json,
 * a copy of the sample the team shares), the project's own (tests/fixtures/search-queries.json) and
 * the specialties and everyday tasks past the seed (tests/fixtures/specialty-search-queries.json).
 * No file is special-cased anywhere; they are samples of how people search.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import raw from '../../../assets/catalogue.json' with { type: 'json' };
import { catalogue } from '../../../lib/catalogue';
import { parseCatalogue } from '../../../lib/catalogue/parse';
import { createSearcher, evaluate, searcherFor, type EvalResult } from '../../../lib/search';
import { parseEvalQueries } from '../../../lib/search/parse';

const fixtures = join(__dirname, '../../fixtures');
const sharedFile = join(fixtures, 'shared-search-queries.json');
const ownFile = join(fixtures, 'search-queries.json');
const specialtyFile = join(fixtures, 'specialty-search-queries.json');
const searcher = searcherFor(catalogue);

const load = (file: string) => parseEvalQueries(JSON.parse(readFileSync(file, 'utf8')), file);
const describeMisses = (result: EvalResult) =>
  result.misses.map((m) => `"${m.query.q}" [${m.query.role ?? '-'}] at ${m.rank ?? 'none'}`).join('; ');

describe('search quality', () => {
  it('ranks an expected link in the top 3 for every shared query', () => {
    const result = evaluate(searcher, load(sharedFile));
    expect(result.count).toBeGreaterThanOrEqual(30);
    expect(result.hitAt3, describeMisses(result)).toBe(1);
  });

  it("reaches hit@3 >= 0.99 and MRR >= 0.98 on the project's own queries", () => {
    const result = evaluate(searcher, load(ownFile));
    expect(result.count).toBeGreaterThanOrEqual(78);
    expect(result.hitAt3, describeMisses(result)).toBeGreaterThanOrEqual(0.99);
    expect(result.mrr, describeMisses(result)).toBeGreaterThanOrEqual(0.98);
  });

  it('reaches hit@3 >= 0.95 and MRR >= 0.90 on the specialties and everyday tasks past the seed', () => {
    const result = evaluate(searcher, load(specialtyFile));
    expect(result.count).toBeGreaterThanOrEqual(40);
    expect(result.hitAt3, describeMisses(result)).toBeGreaterThanOrEqual(0.95);
    expect(result.mrr, describeMisses(result)).toBeGreaterThanOrEqual(0.9);
  });

  it('says "no good match" for a query that matches only on a word every page shares', () => {
    for (const q of ['lege', 'legevakt', 'leger']) expect(searcher.search(q, { role: 'lis' }), q).toEqual([]);
    expect(searcher.search('legeforeningen', { role: 'lis' })[0]?.entry.id).toBe(
      'legeforeningen-spesialistutdanning',
    );
  });

  it('reads a "no good match" query only with nothing expected', () => {
    expect(parseEvalQueries([{ q: 'lege', expect: [], noGoodMatch: true }])).toEqual([
      { q: 'lege', expect: [], noGoodMatch: true },
    ]);
    expect(() => parseEvalQueries([{ q: 'lege', expect: ['https://x.no/'], noGoodMatch: true }])).toThrow(
      /queries: queries\[0\], field "expect": must be \[\], got \["https:\/\/x.no\/"\]/,
    );
    expect(() => parseEvalQueries([{ q: 'lege', expect: [] }])).toThrow(
      /queries: queries\[0\], field "expect": must not be empty/,
    );
  });

  // The pages' catalogue leaves the keywords and English texts to the search's own part
  // (lib/build/bundle-plugins.ts): joined back, the search must find exactly what the file gives.
  it('ranks every query the same over the pages’ catalogue as over the whole file', () => {
    const overFile = createSearcher(parseCatalogue(raw));
    expect(catalogue.entries.some((e) => e.keywords)).toBe(false);
    for (const q of [sharedFile, ownFile, specialtyFile].flatMap(load)) {
      const ids = (s: typeof searcher) => s.search(q.q, { role: q.role }).map((h) => h.entry.id);
      expect(ids(searcher), q.q).toEqual(ids(overFile));
    }
  });

  it('expects only URLs the catalogue has, and roles it knows', () => {
    const urls = new Set(catalogue.entries.map((e) => e.url));
    const roles = new Set(catalogue.roles.map((r) => r.id));
    for (const q of [sharedFile, ownFile, specialtyFile].flatMap(load)) {
      for (const url of q.expect) expect(urls, q.q).toContain(url);
      if (q.role !== undefined) expect(roles, q.q).toContain(q.role);
    }
  });
});
