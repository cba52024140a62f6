/**
 * Where a page's open time goes: each page (the popup and the two floors of bench/popup-open.ts)
 * is opened under a Chromium trace, and its renderer's main thread, from navigation start to the
 * frame with the list on screen, is split into what it did: the time before the page's HTML
 * arrives (navigation), parsing HTML, script (compiling and running modules, Preact's render,
 * microtasks), style, layout, paint, other work, and idle (the thread waiting for a file or the
 * next frame). Each slice of a nested event counts once, under the innermost event with a kind.
 * `SPES_BENCH_PART=where npm run bench` prints the medians of a few opens per page.
 */
import type { CDPSession } from '@playwright/test';
import { type Session, newTab } from './browser-session';
import { watchForLinks } from './popup-open';
import { median } from './stats';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread time: what the thread ran, without the time it waited for a core. */
  tts?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { documentLoaderURL?: string }; beginData?: { url?: string } };
}

export const KINDS = ['navigation', 'html', 'script', 'style', 'layout', 'paint', 'other', 'idle'] as const;
type Kind = (typeof KINDS)[number];
type Breakdown = Record<Kind, number> & { total: number };

// Trace event names (devtools.timeline and v8), by the kind of work they are.
const KIND_OF: Record<string, Kind> = {
  ParseHTML: 'html',
  EvaluateScript: 'script',
  'v8.compile': 'script',
  'v8.compileModule': 'script',
  'v8.evaluateModule': 'script',
  FunctionCall: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  RunMicrotasks: 'script',
  EventDispatch: 'script',
  UpdateLayoutTree: 'style',
  ParseAuthorStyleSheet: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  UpdateLayer: 'paint',
  Commit: 'paint',
};

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'toplevel',
];

async function traced(cdp: CDPSession, act: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES },
  });
  await act();
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

type Interval = [start: number, end: number, kind: Kind | undefined];

/**
 * One thread's events that overlap [from, to) of the wall clock, as intervals on the wall clock
 * or on the thread's own clock, parents first. (On the thread's clock an event across either end
 * counts whole: a task or two, well under a millisecond.)
 */
function intervals(
  events: TraceEvent[],
  pid: number,
  tid: number,
  [from, to]: [number, number],
  clock: Clock,
) {
  const open = new Map<string, TraceEvent[]>();
  const out: Interval[] = [];
  const add = (begin: TraceEvent, wallDur: number, threadDur: number | undefined) => {
    if (begin.ts + wallDur <= from || begin.ts >= to) return;
    if (clock === 'wall') out.push([begin.ts, begin.ts + wallDur, KIND_OF[begin.name]]);
    else if (begin.tts !== undefined && threadDur !== undefined)
      out.push([begin.tts, begin.tts + threadDur, KIND_OF[begin.name]]);
  };
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid) continue;
    if (e.ph === 'X' && e.dur !== undefined) add(e, e.dur, e.tdur);
    else if (e.ph === 'B') open.set(e.name, [...(open.get(e.name) ?? []), e]);
    else if (e.ph === 'E') {
      const begin = open.get(e.name)?.pop();
      if (begin)
        add(
          begin,
          e.ts - begin.ts,
          e.tts !== undefined && begin.tts !== undefined ? e.tts - begin.tts : undefined,
        );
    }
  }
  // Parents first: by start, and the longer of two that start together.
  return out.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
}

/** Splits [from, to] into kinds: each instant goes to its innermost interval with a kind. */
function breakdown(list: Interval[], from: number, to: number): Breakdown {
  const result = Object.fromEntries(KINDS.map((k) => [k, 0])) as Breakdown;
  const stack: [number, Kind][] = []; // open events: end, and the kind that instant goes to
  let at = from;
  const spend = (until: number) => {
    const end = Math.min(until, to);
    if (end > at) result[stack.at(-1)?.[1] ?? 'idle'] += end - at;
    at = Math.max(at, end);
  };
  const closeUntil = (t: number) => {
    for (let top = stack.at(-1); top && top[0] <= t; top = stack.at(-1)) {
      spend(top[0]);
      stack.pop();
    }
  };
  for (const [start, end, kind] of list) {
    if (end <= from || start >= to) continue;
    closeUntil(start);
    spend(start);
    stack.push([end, kind ?? stack.at(-1)?.[1] ?? 'other']);
  }
  closeUntil(to);
  spend(to);
  for (const k of KINDS) result[k] /= 1000; // microseconds to milliseconds
  result.total = (to - from) / 1000;
  return result;
}

type Clock = 'wall' | 'thread';
type Traced = Record<Clock, Breakdown>;

/** On the thread's clock: the time it ran, without idle (waiting for a file or a core). */
function threadTime(list: Interval[]): Breakdown {
  const result = breakdown(list, Math.min(...list.map((i) => i[0])), Math.max(...list.map((i) => i[1])));
  result.total = KINDS.reduce((sum, k) => (k === 'idle' ? sum : sum + result[k]), 0);
  result.idle = 0;
  return result;
}

/** Opens `page` once under a trace and splits its time; the HTML's arrival splits off navigation. */
async function openTraced(session: Session, page: string, links: number): Promise<Traced> {
  const tab = await newTab(session);
  const cdp = await tab.context().newCDPSession(tab);
  await tab.addInitScript({ content: watchForLinks(links) });
  const url = session.base + page;
  const events = await traced(cdp, async () => {
    await tab.goto(url);
    await tab.waitForFunction(() => performance.getEntriesByName('spes-shown').length > 0, undefined, {
      timeout: 10_000,
    });
  });
  await tab.close();
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url);
  const shown = events.find((e) => e.name === 'spes-shown' && e.pid === nav?.pid);
  const parse = events.find(
    (e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url && e.pid === nav?.pid,
  );
  if (!nav || !shown || !parse)
    throw new Error(`The trace of ${page} lacks its navigation, HTML parse or shown mark`);
  const during = (clock: Clock, window: [number, number]) =>
    intervals(events, nav.pid, nav.tid, window, clock);
  const wall = breakdown(during('wall', [parse.ts, shown.ts]), parse.ts, shown.ts);
  wall.navigation = (parse.ts - nav.ts) / 1000;
  wall.total += wall.navigation;
  const thread = threadTime(during('thread', [parse.ts, shown.ts]));
  thread.navigation = threadTime(during('thread', [nav.ts, parse.ts])).total;
  thread.total += thread.navigation;
  return { wall, thread };
}

const medians = (list: Breakdown[]) =>
  Object.fromEntries([...KINDS, 'total'].map((k) => [k, median(list.map((b) => b[k as Kind]))])) as Breakdown;

/**
 * The median of each kind over `runs` traced opens of each page, taking turns, on the wall clock
 * and on the main thread's own clock (which a busy machine inflates far less).
 */
export async function whereTimeGoes(
  session: Session,
  pages: Record<string, string>,
  links: number,
  runs = 9,
) {
  const samples = new Map(Object.keys(pages).map((name) => [name, [] as Traced[]]));
  for (let i = 0; i < runs + 1; i++) {
    for (const [name, page] of Object.entries(pages)) {
      const one = await openTraced(session, page, links);
      if (i > 0) samples.get(name)?.push(one); // the first round warms the caches
    }
  }
  return Object.fromEntries(
    [...samples].map(([name, list]) => [
      name,
      { wall: medians(list.map((t) => t.wall)), thread: medians(list.map((t) => t.thread)) },
    ]),
  ) as Record<string, Traced>;
}
