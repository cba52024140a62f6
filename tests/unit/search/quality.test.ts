/**
 * Search quality, measured: the shared sample of real queries (../shared/search-queries.json,
 * next to the repository) and the project's own (tests/fixtures/search-queries.json). The
 * shared file is not special-cased anywhere; it is a sample of how people search.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../lib/catalogue';
import { createSearcher } from '../../../lib/search/searcher';
import { evaluate, parseEvalQueries } from '../../../lib/search/eval';

const root = join(__dirname, '../../..');
const sharedFile = join(root, '../shared/search-queries.json');
const ownFile = join(root, 'tests/fixtures/search-queries.json');
const searcher = createSearcher(catalogue);

const load = (file: string) => parseEvalQueries(JSON.parse(readFileSync(file, 'utf8')), file);
const describeMisses = (misses: ReturnType<typeof evaluate>['misses']) =>
  misses.map((m) => `"${m.query.q}" at ${m.rank ?? 'none'}`).join('; ');

describe('search quality', () => {
  // The shared queries live outside the repository; a checkout without them cannot measure this.
  it.skipIf(!existsSync(sharedFile))('reaches hit@3 >= 0.95 and MRR >= 0.85 on the shared queries', () => {
    const result = evaluate(searcher, load(sharedFile));
    expect(result.hitAt3, describeMisses(result.misses)).toBeGreaterThanOrEqual(0.95);
    expect(result.mrr, describeMisses(result.misses)).toBeGreaterThanOrEqual(0.85);
  });

  it("reaches hit@3 >= 0.95 and MRR >= 0.9 on the project's own 40+ queries", () => {
    const queries = load(ownFile);
    expect(queries.length).toBeGreaterThanOrEqual(40);
    const result = evaluate(searcher, queries);
    expect(result.hitAt3, describeMisses(result.misses)).toBeGreaterThanOrEqual(0.95);
    expect(result.mrr, describeMisses(result.misses)).toBeGreaterThanOrEqual(0.9);
  });

  it('expects only URLs the catalogue has', () => {
    const urls = new Set(catalogue.entries.map((e) => e.url));
    const files = [ownFile, ...(existsSync(sharedFile) ? [sharedFile] : [])];
    for (const q of files.flatMap(load)) for (const url of q.expect) expect(urls, q.q).toContain(url);
  });
});
