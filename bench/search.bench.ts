/**
 * npm run bench:search (and part of npm run bench): per-query search latency (p50, p95, max) and
 * index build time, on the bundled catalogue and on a generated 1,000-entry one, the most the
 * product will hold (23 bundled entries plus at most 500 organisation links). Targets at 1,000
 * entries: p95 <= 5 ms per search, build <= 50 ms. A benchmark, not a test: numbers depend on the
 * machine, so nothing here fails a build; compare the two catalogues within one run. "Typing"
 * replays what the popup does on the keys of the keystroke bench (bench/typing-queries.ts): one
 * searcher, every prefix of each query, the popup's limit, highlights read.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalogue, type Catalogue } from '../lib/catalogue';
import { MAX_HITS } from '../lib/list';
import { createSearcher } from '../lib/search';
import { generateCatalogue } from './generate-catalogue';
import { percentile } from './stats';
import { typingQueries } from './typing-queries';

const ROUNDS = 5;
/** The most entries Spes is designed for. */
export const LARGE_CATALOGUE = 1_000;

interface Query {
  q: string;
  role?: string;
}

function loadQueries(): Query[] {
  const files = ['tests/fixtures/shared-search-queries.json', 'tests/fixtures/search-queries.json'];
  const queries: Query[] = files.flatMap((f) => JSON.parse(readFileSync(f, 'utf8')));
  // Typing: every prefix of a few queries, as the popup searches on each keystroke.
  const typed = ['hvordan søke om å bli utdanningsvirksomhet', 'laeringsmal', 'supervision video'];
  const prefixes = typed.flatMap((q) => [...q].map((_, i) => ({ q: q.slice(0, i + 1) })));
  const hostile = [{ q: 'alis '.repeat(2000) }, { q: 'x'.repeat(10_000) }, { q: "!^=|'$ .* (alis)" }];
  return [...queries.map(({ q, role }) => ({ q, role })), ...prefixes, ...hostile];
}

function timeBuilds(cat: Catalogue): number[] {
  return Array.from({ length: ROUNDS }, () => {
    const start = performance.now();
    createSearcher(cat);
    return performance.now() - start;
  });
}

/** Each round uses a fresh searcher, as when the popup opens. Every hit's highlights are read. */
function timeQueries(cat: Catalogue, queries: Query[]): number[] {
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const searcher = createSearcher(cat);
    for (const { q, role } of queries) {
      const start = performance.now();
      for (const hit of searcher.search(q, { role })) void hit.highlights;
      samples.push(performance.now() - start);
    }
  }
  return samples.sort((a, b) => a - b);
}

/** Each round is one popup: a fresh searcher, then every prefix of every typed query, as shown. */
function timeTyping(cat: Catalogue): number[] {
  const prefixes = typingQueries().flatMap((q) => [...q].map((_, i) => q.slice(0, i + 1)));
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const searcher = createSearcher(cat);
    for (const q of prefixes) {
      const start = performance.now();
      for (const hit of searcher.search(q, { role: 'lis', limit: MAX_HITS })) void hit.highlights;
      samples.push(performance.now() - start);
    }
  }
  return samples.sort((a, b) => a - b);
}

export interface SearchBenchRow {
  catalogue: string;
  entries: number;
  searches: number;
  p50: number;
  p95: number;
  max: number;
  buildMedian: number;
  /** The keystroke bench's keys, searched as the popup does (see timeTyping). */
  typing: { keys: number; p50: number; p95: number; max: number };
}

function measure(name: string, cat: Catalogue, queries: Query[]): SearchBenchRow {
  createSearcher(cat).search('warm up the JIT'); // not measured
  timeQueries(cat, queries.slice(0, 20));
  const builds = timeBuilds(cat).sort((a, b) => a - b);
  const q = timeQueries(cat, queries);
  const typing = timeTyping(cat);
  return {
    catalogue: name,
    entries: cat.entries.length,
    searches: q.length,
    p50: percentile(q, 50),
    p95: percentile(q, 95),
    max: q.at(-1) ?? NaN,
    buildMedian: percentile(builds, 50),
    typing: {
      keys: typing.length / ROUNDS,
      p50: percentile(typing, 50),
      p95: percentile(typing, 95),
      max: typing.at(-1) ?? NaN,
    },
  };
}

function print(row: SearchBenchRow): void {
  const ms = (n: number) => `${n.toFixed(3)} ms`;
  console.log(`${row.catalogue} (${row.entries} entries, ${row.searches} timed searches)`);
  console.log(`  search  p50 ${ms(row.p50)}  p95 ${ms(row.p95)}  max ${ms(row.max)}`);
  console.log(`  build   median ${ms(row.buildMedian)}`);
  const t = row.typing;
  console.log(
    `  typing  p50 ${ms(t.p50)}  p95 ${ms(t.p95)}  max ${ms(t.max)} (${t.keys} keys as the popup searches them)`,
  );
}

export function runSearchBench(): SearchBenchRow[] {
  const queries = loadQueries();
  const rows = [
    measure('bundled catalogue', catalogue, queries),
    measure('generated catalogue', generateCatalogue(LARGE_CATALOGUE, catalogue), queries),
  ];
  rows.forEach(print);
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) runSearchBench();
