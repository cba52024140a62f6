/** The bench's summary table, one line a measurement, with its target where the issue sets one. */
import type { BackgroundSize, BundleSize } from './bundle-size';
import type { KeystrokeResult } from './keystroke';
import type { OpenResult } from './popup-open';
import { LARGE_CATALOGUE, type SearchBenchRow } from './search.bench';

interface Results {
  machine: { cpus: number; cpu: string; memoryGB: number };
  chromium: string;
  popupOpen: OpenResult;
  keystroke: { popup: KeystrokeResult; floor: KeystrokeResult; large: KeystrokeResult };
  search: SearchBenchRow[];
  bytes: { firstPaint: { files: string[]; total: number }; popup: BundleSize; background: BackgroundSize };
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const fine = (n: number) => `${n.toFixed(3)} ms`;
const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

export function printTable(r: Results): void {
  const { popupOpen: o, keystroke: k, bytes: b } = r;
  const rows: [string, string, string][] = [
    [
      'Popup open, median (styled floor, bare floor)',
      `${ms(o.popupMedian)} (${ms(o.staticMedian)}, ${ms(o.bareMedian)})`,
      '',
    ],
    [
      'Popup open / bare static page',
      `${o.bareRatio.toFixed(2)}x`,
      `<= 1.5x: ${verdict(o.bareRatio <= 1.5)}`,
    ],
    ['Popup open / styled static page', `${o.ratio.toFixed(2)}x`, ''],
  ];
  // Painted p95 against the static input's: within 1.25x on the bundled catalogue, within one
  // frame (16.7 ms at 60 Hz) more at the largest real size.
  const floorP95 = k.floor.paint.p95;
  const targets = new Map([
    [k.popup, `p95 <= 1.25x floor: ${verdict(k.popup.paint.p95 <= 1.25 * floorP95)}`],
    [k.large, `p95 <= floor + 1 frame: ${verdict(k.large.paint.p95 <= floorP95 + 1000 / 60)}`],
  ]);
  for (const [name, key] of [
    ['static page (floor)', k.floor],
    ['bundled', k.popup],
    [`${k.large.entries.toLocaleString('en')} entries`, k.large],
  ] as const) {
    const label = `Keystroke, ${name} (${key.keystrokes} keys) p50 / p95`;
    rows.push([`${label}, in DOM`, `${ms(key.dom.p50)} / ${ms(key.dom.p95)}`, '']);
    rows.push([`${label}, painted`, `${ms(key.paint.p50)} / ${ms(key.paint.p95)}`, targets.get(key) ?? '']);
  }
  for (const s of r.search) {
    const large = s.entries >= LARGE_CATALOGUE;
    rows.push([
      `Search, ${s.entries} entries p50 / p95`,
      `${fine(s.p50)} / ${fine(s.p95)}`,
      large ? `p95 <= 5 ms: ${verdict(s.p95 <= 5)}` : '',
    ]);
    rows.push([
      `  index build, median`,
      fine(s.buildMedian),
      large ? `<= 50 ms: ${verdict(s.buildMedian <= 50)}` : '',
    ]);
  }
  rows.push([
    'Popup, requested before its list shows, gzipped',
    kB(b.firstPaint.total),
    `<= 20 kB: ${verdict(b.firstPaint.total <= 20_000)}`,
  ]);
  rows.push(['Popup, everything it can load (search included), gzipped', kB(b.popup.total), '']);
  rows.push([
    'Background script, gzipped: code (catalogue data apart)',
    `${kB(b.background.code)} (${kB(b.background.catalogueData)})`,
    `code <= 32 kB: ${verdict(b.background.code <= 32_000)}`,
  ]);
  const width = Math.max(...rows.map(([name]) => name.length));
  const valueWidth = Math.max(...rows.map(([, value]) => value.length));
  console.log(
    `\nSpes bench: ${r.machine.cpus} x ${r.machine.cpu}, ${r.machine.memoryGB} GB, Chromium ${r.chromium}`,
  );
  for (const [name, value, target] of rows)
    console.log(`${name.padEnd(width)}  ${value.padEnd(valueWidth)}  ${target}`);
}

/** The popup open alone (SPES_BENCH_PART=open in bench/run.ts): times, ratios and bytes. */
export function printOpen(o: OpenResult, firstPaint: { files: string[]; total: number }): void {
  console.log(
    `Popup open, median: ${ms(o.popupMedian)}; styled floor ${ms(o.staticMedian)}; bare floor ${ms(o.bareMedian)}`,
  );
  console.log(
    `Popup / bare floor: ${o.bareRatio.toFixed(2)}x (<= 1.5x: ${verdict(o.bareRatio <= 1.5)}); popup / styled floor: ${o.ratio.toFixed(2)}x`,
  );
  console.log(
    `Requested before the list shows: ${kB(firstPaint.total)} (<= 20 kB: ${verdict(firstPaint.total <= 20_000)})`,
  );
  for (const file of firstPaint.files) console.log(`  ${file}`);
}
