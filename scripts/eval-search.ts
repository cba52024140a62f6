/**
 * npm run eval:search: how well search finds what people mean, on the shared sample of real
 * queries (tests/fixtures/shared-search-queries.json, a copy of the sample the team shares), on
 * the project's own (tests/fixtures/search-queries.json) and on the specialties and everyday tasks
 * past the seed (tests/fixtures/specialty-search-queries.json). Prints hit@1, hit@3 and MRR per
 * file and every query whose answer was not first. `--quiet` prints the numbers only.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogue } from '../lib/catalogue';
import { createSearcher, evaluate, parseEvalQueries, type EvalResult } from '../lib/search';

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
