/**
 * npm run bench:search (and part of npm run bench): per-query search latency (p50, p95, max) and
 * index build time, on the bundled catalogue and on a generated 10,000-entry one, beside fuse.js
 * on the same queries (bench/fuse-baseline.ts). Targets (issue 3): p95 <= 1 ms bundled, <= 10 ms
 * at 10,000 entries, build <= 250 ms at 10,000 entries. A benchmark, not a test: numbers depend
 * on the machine, so nothing here fails a build. "Typing" replays what the popup does on the
 * keys of the keystroke bench (bench/typing-queries.ts): one searcher, every prefix of each
 * query, the popup's limit, highlights read; the in-DOM keystroke time is this plus rendering.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogue, type Catalogue } from '../lib/catalogue';
import { MAX_HITS } from '../lib/list';
import { createSearcher } from '../lib/search';
import { buildIndex } from '../lib/search/inverted-index';
import { createFuseSearcher } from './fuse-baseline';
import { generateCatalogue } from './generate-catalogue';
import { percentile } from './stats';
import { typingQueries } from './typing-queries';

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

const HOSTILE = 3; // the last queries: pasted junk, which fuse.js would cut to 32 characters anyway

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
  terms: number;
  searches: number;
  p50: number;
  p95: number;
  max: number;
  buildMedian: number;
  /** The keystroke bench's keys, searched as the popup does (see timeTyping). */
  typing: { keys: number; p50: number; p95: number; max: number };
  /** Ours and fuse.js on the same queries (all but the hostile ones), one round each. */
  versusFuse: { searches: number; p50: number; p95: number; fuseP50: number; fuseP95: number };
}

function timeFuse(cat: Catalogue, queries: Query[]): number[] {
  const fuse = createFuseSearcher(cat);
  fuse.search('warm up'); // not measured
  return queries
    .map(({ q }) => {
      const start = performance.now();
      fuse.search(q);
      return performance.now() - start;
    })
    .sort((a, b) => a - b);
}

function measure(name: string, cat: Catalogue, queries: Query[]): SearchBenchRow {
  createSearcher(cat).search('warm up the JIT'); // not measured
  timeQueries(cat, queries.slice(0, 20));
  const builds = timeBuilds(cat).sort((a, b) => a - b);
  const q = timeQueries(cat, queries);
  const plain = queries.slice(0, -HOSTILE);
  const ours = timeQueries(cat, plain);
  const fuse = timeFuse(cat, plain);
  const typing = timeTyping(cat);
  return {
    catalogue: name,
    entries: cat.entries.length,
    terms: buildIndex(cat.entries).terms.length,
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
    versusFuse: {
      searches: fuse.length,
      p50: percentile(ours, 50),
      p95: percentile(ours, 95),
      fuseP50: percentile(fuse, 50),
      fuseP95: percentile(fuse, 95),
    },
  };
}

function print(row: SearchBenchRow): void {
  const ms = (n: number) => `${n.toFixed(3)} ms`;
  const { versusFuse: f } = row;
  console.log(
    `${row.catalogue} (${row.entries} entries, ${row.terms} distinct terms, ${row.searches} timed searches)`,
  );
  console.log(`  search  p50 ${ms(row.p50)}  p95 ${ms(row.p95)}  max ${ms(row.max)}`);
  console.log(`  build   median ${ms(row.buildMedian)}`);
  const t = row.typing;
  console.log(
    `  typing  p50 ${ms(t.p50)}  p95 ${ms(t.p95)}  max ${ms(t.max)} (${t.keys} keys as the popup searches them)`,
  );
  console.log(
    `  fuse.js p50 ${ms(f.fuseP50)}  p95 ${ms(f.fuseP95)}  vs ours ${ms(f.p50)} / ${ms(f.p95)} on the same ${f.searches}: ` +
      `${(f.fuseP50 / f.p50).toFixed(0)}x / ${(f.fuseP95 / f.p95).toFixed(0)}x slower`,
  );
}

export function runSearchBench(): SearchBenchRow[] {
  const queries = loadQueries();
  const rows = [
    measure('bundled catalogue', catalogue, queries),
    measure('generated catalogue', generateCatalogue(10_000, catalogue), queries),
  ];
  rows.forEach(print);
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) runSearchBench();
