/**
 * Link health in the background: the alarm, "check now" and the run (the rules live in lib/links).
 * A run resumes an interrupted one, saves its progress after each link and applies its results
 * only if it can be trusted. The organisation's `checkLinks: false` (docs/it-admin.md) means no
 * request at all: it is asked before every run, resumed or not, and watched during one, which it
 * stops. A run whose first requests all fail at the network level stops within seconds, and says
 * so (lib/links/no-network.ts).
 */
import { browser } from 'wxt/browser';
import { catalogue } from '../../lib/catalogue';
import {
  applyRun,
  checkLinks,
  judgeRun,
  linkCheckSettingsItem,
  linkHealthItem,
  linkRunItem,
  nextRunAt,
  PERIOD_MINUTES,
  urlsToCheck,
  watchForNoNetwork,
  type LastRun,
  type LinkResult,
  type LinkRunProgress,
} from '../../lib/links';
import { onWorkerRequest } from '../../lib/platform';
import { policy } from '../../lib/policy';

const ALARM = 'spes-link-check';
// A saved run older than this is started afresh (resumeOrStart).
const RESUME_WITHIN_MS = 12 * 60 * 60 * 1000;
// Why a run was stopped before its end.
const STOPPED_BY_POLICY = 'spes: link checks switched off by policy';
const NO_NETWORK = 'spes: no network';

/** Called synchronously from defineBackground, so the browser can wake the worker for these. */
export function registerLinkCheck(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void runLinkCheck();
  });
  onWorkerRequest('spes:check-links-now', () => runLinkCheck());
  linkCheckSettingsItem.watch(() => void scheduleChecks(true));
  // The organisation switching checks off clears the alarm (and stops a run in progress: see run);
  // switching them on again brings the alarm back.
  policy.watch(() => void scheduleChecks(false));
  // Only in the test build (SPES_CATALOGUE, see wxt.config.ts): lets the browser test start a run
  // at a chosen time instead of waiting for alarms and hours.
  if (import.meta.env.SPES_TEST_HOOKS)
    Object.assign(globalThis, { spesTest: { checkLinksAt: (time: number) => runLinkCheck(() => time) } });
  // On every worker start: heal a missing alarm, finish an interrupted run (which asks the
  // policy first, like every run).
  void scheduleChecks(false)
    .then(async () => ((await linkRunItem.getValue()) ? runLinkCheck() : undefined))
    .catch((error: unknown) => console.error('Spes: link check start-up failed', error));
}

/** Creates the alarm when it is missing or its period no longer matches the setting. */
async function scheduleChecks(settingsChanged: boolean): Promise<void> {
  const [{ interval }, { checkLinks: allowed }] = await Promise.all([
    linkCheckSettingsItem.getValue(),
    policy.getValue(),
  ]);
  if (interval === 'off' || !allowed) {
    await browser.alarms.clear(ALARM);
    return;
  }
  if (!settingsChanged && (await browser.alarms.get(ALARM))) return;
  const { lastRun } = await linkHealthItem.getValue();
  const when = nextRunAt(interval, lastRun?.finishedAt ?? null, Date.now());
  await browser.alarms.create(ALARM, { when, periodInMinutes: PERIOD_MINUTES[interval] });
}

let running: Promise<LastRun | null> | null = null;

/**
 * Runs a check unless one is already going, in which case it joins that one. Resolves to what
 * the run did, or null when the organisation's policy refused or stopped it. `now` is the run's
 * clock: only the test build sets it.
 */
function runLinkCheck(now = Date.now): Promise<LastRun | null> {
  running ??= run(now).finally(() => (running = null));
  return running;
}

// Only in the test build: its loopback link server gets short pauses between two requests to one
// host and before a retry, so a browser test of a run waits milliseconds where a real run waits
// seconds. No browser test is about the pauses themselves; tests/unit/links holds them.
const PAUSES = import.meta.env.SPES_TEST_HOOKS ? { minGapMs: 20, backoffMs: 50 } : {};

async function run(now: () => number): Promise<LastRun | null> {
  const stop = new AbortController();
  // Watching before reading, so a change between the two cannot slip by.
  const unwatch = policy.watch((settings) => {
    if (!settings.checkLinks) stop.abort(STOPPED_BY_POLICY);
  });
  try {
    if (!(await policy.getValue()).checkLinks) stop.abort(STOPPED_BY_POLICY);
    const urls = urlsToCheck(catalogue);
    const progress = await resumeOrStart(urls, now);
    const done = new Set(progress.results.map((r) => r.url));
    await linkRunItem.setValue(progress);
    const onResult = async (result: LinkResult) => {
      if (stop.signal.aborted) return;
      // Stamped with the run's clock, which the test build can move forward.
      progress.results.push({ ...result, checkedAt: now() });
      await linkRunItem.setValue(progress);
    };
    const fetch = watchForNoNetwork(globalThis.fetch, () => stop.abort(NO_NETWORK));
    const options = { fetch, hiddenRedirects: true, signal: stop.signal, onResult, ...PAUSES };
    const rest = urls.filter((url) => !done.has(url));
    if (navigator.onLine) {
      await checkLinks(rest, options).catch((error: unknown) => {
        if (!stop.signal.aborted) throw error;
      });
    }
    if (stop.signal.reason === STOPPED_BY_POLICY) {
      // Nothing to resume later either: the progress goes, the stored health stays as it was.
      await linkRunItem.setValue(null);
      return null;
    }
    return await finish(progress.results, stop.signal.reason === NO_NETWORK, now);
  } finally {
    unwatch();
  }
}

/**
 * The saved run when it is recent enough to go on with, without findings for addresses a
 * catalogue update removed; else a new one. An older run would mix old and new findings.
 */
async function resumeOrStart(urls: string[], now: () => number): Promise<LinkRunProgress> {
  const saved = await linkRunItem.getValue();
  if (!saved || now() - saved.startedAt >= RESUME_WITHIN_MS) return { startedAt: now(), results: [] };
  return { ...saved, results: saved.results.filter((r) => urls.includes(r.url)) };
}

/** Records the run, applying its results only when they can be trusted, and ends it. */
async function finish(results: LinkResult[], noNetwork: boolean, now: () => number): Promise<LastRun> {
  const verdict = noNetwork ? 'no-network' : judgeRun(results, navigator.onLine);
  const lastRun: LastRun = { finishedAt: now(), verdict, checked: results.length };
  const { links } = await linkHealthItem.getValue();
  await linkHealthItem.setValue({ links: verdict === 'trusted' ? applyRun(links, results) : links, lastRun });
  await linkRunItem.setValue(null);
  return lastRun;
}
