/**
 * npm run eval:search: how well search finds what people mean, on the shared sample of real
 * queries (tests/fixtures/shared-search-queries.json, a copy of the sample the team shares), on
 * the project's own (tests/fixtures/search-queries.json) and on the specialties and everyday tasks
 * past the seed (tests/fixtures/specialty-search-queries.json). Prints hit@1, hit@3 and MRR per
 * file and every query whose answer was not first. `--quiet` prints the numbers only.
 * The answers (lib/answers: cards and dated facts) have their own set,
 * tests/fixtures/answer-queries.json, whose queries expect ids (term:fim, fact:nye-fkm); facts
 * are taken as on EVAL_DAY, so the figures do not move as facts end.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAnswerFinder } from '../lib/answers';
import { catalogue } from '../lib/catalogue';
import { createSearcher, evaluate, evaluateRanked, type EvalResult } from '../lib/search';
import { parseEvalQueries } from '../lib/search/parse';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const files = ['shared-search-queries.json', 'search-queries.json', 'specialty-search-queries.json'].map(
  (f) => join(root, 'tests/fixtures', f),
);
const quiet = process.argv.includes('--quiet');
const searcher = createSearcher(catalogue);

const fixed = (n: number) => n.toFixed(3);

function report(name: string, result: EvalResult): void {
  console.log(
    `${name}: ${result.count} queries  hit@1 ${fixed(result.hitAt1)}  hit@3 ${fixed(result.hitAt3)}  MRR ${fixed(result.mrr)}`,
  );
  if (quiet) return;
  for (const miss of result.misses) {
    const role = miss.query.role ? ` [${miss.query.role}]` : '';
    console.log(`  rank ${miss.rank ?? '-'}  "${miss.query.q}"${role}`);
    for (const url of miss.top) console.log(`      ${url}`);
  }
}

for (const file of files) {
  const name = relative(root, file);
  const queries = parseEvalQueries(JSON.parse(readFileSync(file, 'utf8')), name);
  report(name, evaluate(searcher, queries));
}

const EVAL_DAY = '2026-12-04';
const answersFile = join(root, 'tests/fixtures/answer-queries.json');
const { answerKeys, findAnswers } = await loadAnswerFinder();
const answerQueries = parseEvalQueries(JSON.parse(readFileSync(answersFile, 'utf8')), 'answers');
report(
  relative(root, answersFile),
  evaluateRanked(answerQueries, (query) => answerKeys(findAnswers(query.q, EVAL_DAY))),
);
