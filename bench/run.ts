/**
 * npm run bench: everything the performance issue asks for, in one run on one machine, so the
 * ratios compare like with like. Builds its own copies of the extension (bench/build.ts), then
 * measures in real Chromium: popup open against two static floors (styled and bare) with what it
 * requested before its list showed, keystroke to results on the bundled catalogue and at the
 * largest real size (the catalogue and the most organisation links a policy may add); then the
 * search microbenchmarks and the bundle sizes.
 * Prints a table and writes bench/results.json. A benchmark, not a test: nothing here fails.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { catalogue } from '../lib/catalogue';
import { MAX_ORG_LINKS } from '../lib/policy';
import { BENCH_DIR, buildForBench, wxtBuild } from './build';
import { openSession, type Session } from './browser-session';
import { backgroundSize, firstPaintBytes, pageBundleSize } from './bundle-size';
import { benchKeystrokes } from './keystroke';
import { benchPopupOpen } from './popup-open';
import { benchOrgLinks } from './org-links';
import { printOpen, printTable } from './print';
import { runSearchBench } from './search.bench';
import { BARE_PAGE, STATIC_PAGE, writeStaticPage } from './static-page';
import { typingQueries } from './typing-queries';
import { KINDS, whereTimeGoes } from './where-time-goes';

const ROLE = 'lis';
const RUNS = Number(process.env.SPES_BENCH_RUNS ?? 25);
/** The most entries a popup lists: the bundled catalogue and an organisation's links. */
const LARGEST_REAL = catalogue.entries.length + MAX_ORG_LINKS;

async function inBrowser<T>(dir: string, measure: (s: Session) => Promise<T>) {
  const session = await openSession(dir, ROLE);
  try {
    return { chromium: session.context.browser()?.version() ?? 'unknown', result: await measure(session) };
  } finally {
    await session.close();
  }
}

// SPES_BENCH_PART=open: only the popup open and its first-paint bytes, printed, not written; for
// trying a change to the first paint without the keystroke and search runs.
if (process.env.SPES_BENCH_PART === 'open') {
  const app = wxtBuild(join(BENCH_DIR, 'app'));
  const count = writeStaticPage(app, ROLE);
  console.log(
    `Popup open only: ${RUNS} alternating runs each, role "${ROLE}" (${count} links), load ${loadavg()[0]?.toFixed(1)} ...`,
  );
  const { result } = await inBrowser(app, (s) =>
    benchPopupOpen(s, { styled: STATIC_PAGE, bare: BARE_PAGE }, count, RUNS),
  );
  const bytes = firstPaintBytes(app, result.requestedBeforeShown);
  printOpen(result, bytes);
  console.log(
    `load average after: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  process.exit(0);
}

// SPES_BENCH_PART=where: where the popup's and the floors' open time goes, from traces
// (bench/where-time-goes.ts), printed, not written.
if (process.env.SPES_BENCH_PART === 'where') {
  const app = wxtBuild(join(BENCH_DIR, 'app'));
  const count = writeStaticPage(app, ROLE);
  const pages = { popup: 'popup.html', styled: STATIC_PAGE, bare: BARE_PAGE };
  console.log(`Where the open time goes: traced opens, role "${ROLE}", load ${loadavg()[0]?.toFixed(1)} ...`);
  const { result } = await inBrowser(app, (s) =>
    whereTimeGoes(s, pages, count, Number(process.env.SPES_BENCH_RUNS ?? 9)),
  );
  for (const clock of ['wall', 'thread'] as const) {
    console.log(`${clock === 'wall' ? 'Wall clock' : "Main thread's own clock (no idle)"}, medians in ms:`);
    console.log(['page', ...KINDS, 'total'].map((h) => h.padStart(11)).join(''));
    for (const [name, b] of Object.entries(result)) {
      console.log(
        [name, ...[...KINDS, 'total' as const].map((k) => b[clock][k].toFixed(1))]
          .map((c) => c.padStart(11))
          .join(''),
      );
    }
  }
  console.log('(each column is a median of its own, so a row need not add up to its total)');
  process.exit(0);
}

const builds = buildForBench(LARGEST_REAL);
const links = writeStaticPage(builds.app, ROLE);
const queries = typingQueries();
console.log(`Popup open: ${RUNS} alternating runs each, role "${ROLE}" (${links} links) ...`);
const open = await inBrowser(builds.app, (s) =>
  benchPopupOpen(s, { styled: STATIC_PAGE, bare: BARE_PAGE }, links, RUNS),
);
console.log('Keystrokes, bundled catalogue and the static floor ...');
const keysBundled = await inBrowser(builds.app, async (s) => ({
  popup: await benchKeystrokes(s, queries, catalogue.entries.length),
  floor: await benchKeystrokes(s, queries, 0, STATIC_PAGE),
}));
console.log(`Keystrokes, ${LARGEST_REAL} entries ...`);
const keysLarge = await inBrowser(builds.large, (s) => benchKeystrokes(s, queries, LARGEST_REAL));
console.log('Search microbenchmarks ...');
const search = runSearchBench();

const results = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round(totalmem() / 2 ** 30),
  },
  node: process.version,
  chromium: open.chromium,
  popupOpen: open.result,
  orgLinks: await benchOrgLinks(builds.app, ROLE, RUNS),
  keystroke: { ...keysBundled.result, large: keysLarge.result },
  search,
  bytes: {
    firstPaint: firstPaintBytes(builds.app, open.result.requestedBeforeShown),
    popup: pageBundleSize(builds.app, 'popup.html'),
    background: backgroundSize(builds.app),
  },
};
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
printTable(results);
console.log('\nWritten to bench/results.json');
