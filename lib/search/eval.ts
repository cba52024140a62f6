/**
 * Measures search quality on a list of queries with the URLs a good answer must include:
 * hit@1 and hit@3 (an expected URL among the first 1 or 3 hits) and mean reciprocal rank.
 * Used by `npm run eval:search` and by the unit test that holds the numbers up; the query files
 * are read by lib/search/parse.ts.
 */
import type { Searcher } from './searcher';

export interface EvalQuery {
  q: string;
  expect: string[];
  role?: string;
  /** The right answer is none: the search must return no hits ("no good match"), `expect` empty. */
  noGoodMatch?: boolean;
}

export interface EvalResult {
  count: number;
  hitAt1: number;
  hitAt3: number;
  mrr: number;
  /**
   * Queries whose answer was not first, each with the 1-based rank of its first expected URL
   * (null when none was found at all) and the first three results.
   */
  misses: { query: EvalQuery; rank: number | null; top: string[] }[];
}

export function evaluate(searcher: Searcher, queries: EvalQuery[]): EvalResult {
  return evaluateRanked(queries, (query) =>
    searcher.search(query.q, { role: query.role ?? null }).map((h) => h.entry.url),
  );
}

/** The same measures for any ranking that names its results as the queries' `expect` does. */
export function evaluateRanked(queries: EvalQuery[], ranked: (query: EvalQuery) => string[]): EvalResult {
  let at1 = 0;
  let at3 = 0;
  let reciprocal = 0;
  const misses: EvalResult['misses'] = [];
  for (const query of queries) {
    const urls = ranked(query);
    // "No good match" is right only when nothing at all is listed; its `expect` is empty (the
    // schema, assets/search-queries.schema.json), so any URL listed misses.
    const index =
      query.noGoodMatch && urls.length === 0 ? 0 : urls.findIndex((u) => query.expect.includes(u));
    const rank = index === -1 ? null : index + 1;
    if (rank === 1) at1++;
    if (rank !== null && rank <= 3) at3++;
    if (rank !== null) reciprocal += 1 / rank;
    if (rank !== 1) misses.push({ query, rank, top: urls.slice(0, 3) });
  }
  const n = Math.max(1, queries.length);
  return { count: queries.length, hitAt1: at1 / n, hitAt3: at3 / n, mrr: reciprocal / n, misses };
}
