/**
 * Holds the answers' figures on their own evaluation set (tests/fixtures/answer-queries.json,
 * written before the finder was tuned), as `npm run eval:search` prints them: facts as on the
 * set's day, so the figures do not move as facts end.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { bundledFacts, loadAnswerFinder, loadTermNames } from '../../../lib/answers';
import { evaluateRanked } from '../../../lib/search';
import { parseEvalQueries } from '../../../lib/search/parse';

const file = new URL('../../fixtures/answer-queries.json', import.meta.url);
const queries = parseEvalQueries(JSON.parse(readFileSync(file, 'utf8')), 'answer-queries.json');

it('puts the expected card or fact first for at least 90% of the answer queries', async () => {
  const { answerKeys, findAnswers } = await loadAnswerFinder();
  const result = evaluateRanked(queries, (query) => answerKeys(findAnswers(query.q, '2026-12-04')));
  const misses = result.misses.map((m) => `"${m.query.q}" -> ${m.top.join(', ') || 'nothing'}`).join('\n');
  expect(result.count).toBeGreaterThanOrEqual(25);
  expect(result.hitAt1, misses).toBeGreaterThanOrEqual(0.9);
});

it('expects only ids the data has', async () => {
  const { termNames } = await loadTermNames();
  const known = new Set([
    ...termNames.map((t) => `term:${t.id}`),
    ...bundledFacts.map((f) => `fact:${f.id}`),
  ]);
  expect(queries.flatMap((q) => q.expect).filter((id) => !known.has(id))).toEqual([]);
});
