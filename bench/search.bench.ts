/**
 * npm run bench (bench:search): per-query search latency (p50, p95, max) and index build time,
 * on the bundled catalogue and on a generated 10,000-entry one. Targets (issue 3): p95 <= 1 ms
 * bundled, <= 10 ms at 10,000 entries, build <= 250 ms at 10,000 entries. A benchmark, not a
 * test: numbers depend on the machine, so nothing here fails a build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogue, type Catalogue } from '../lib/catalogue';
import { createSearcher } from '../lib/search';
import { buildIndex } from '../lib/search-index';
import { generateCatalogue } from './generate-catalogue';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ROUNDS = 5;

interface Query {
  q: string;
  role?: string;
}

function loadQueries(): Query[] {
  const files = [
    join(root, '../shared/search-queries.json'),
    join(root, 'tests/fixtures/search-queries.json'),
  ];
  const queries: Query[] = files.filter(existsSync).flatMap((f) => JSON.parse(readFileSync(f, 'utf8')));
  // Typing: every prefix of a few queries, as the popup searches on each keystroke.
  const typed = ['hvordan søke om å bli utdanningsvirksomhet', 'laeringsmal', 'supervision video'];
  const prefixes = typed.flatMap((q) => [...q].map((_, i) => ({ q: q.slice(0, i + 1) })));
  const hostile = [{ q: 'alis '.repeat(2000) }, { q: 'x'.repeat(10_000) }, { q: "!^=|'$ .* (alis)" }];
  return [...queries.map(({ q, role }) => ({ q, role })), ...prefixes, ...hostile];
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

function timeBuilds(cat: Catalogue): number[] {
  return Array.from({ length: ROUNDS }, () => {
    const start = performance.now();
    createSearcher(cat);
    return performance.now() - start;
  });
}

/** Each round uses a fresh searcher, so the term cache starts empty as when the popup opens. */
function timeQueries(cat: Catalogue, queries: Query[]): number[] {
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const searcher = createSearcher(cat);
    for (const { q, role } of queries) {
      const start = performance.now();
      searcher.search(q, { role });
      samples.push(performance.now() - start);
    }
  }
  return samples.sort((a, b) => a - b);
}

function report(name: string, cat: Catalogue, queries: Query[]): void {
  createSearcher(cat).search('warm up the JIT'); // not measured
  timeQueries(cat, queries.slice(0, 20));
  const builds = timeBuilds(cat).sort((a, b) => a - b);
  const q = timeQueries(cat, queries);
  const ms = (n: number) => `${n.toFixed(3)} ms`;
  const terms = buildIndex(cat.entries).terms.length;
  console.log(`${name} (${cat.entries.length} entries, ${terms} distinct terms, ${q.length} timed searches)`);
  console.log(
    `  search  p50 ${ms(percentile(q, 50))}  p95 ${ms(percentile(q, 95))}  max ${ms(q.at(-1) ?? NaN)}`,
  );
  console.log(`  build   median ${ms(percentile(builds, 50))}  max ${ms(builds.at(-1) ?? NaN)}`);
}

const queries = loadQueries();
report('bundled catalogue', catalogue, queries);
report('generated catalogue', generateCatalogue(10_000, catalogue), queries);
