/**
 * One background run of the link checker: resumes an interrupted run, saves progress
 * after each link, and applies the results only if the run can be trusted. The organisation's
 * `checkLinks: false` (docs/it-admin.md) means no request at all: it is asked before every run,
 * resumed or not, and watched during one, which it stops. A run whose first requests all fail
 * at the network level stops too, within seconds, and says so (lib/links/no-network.ts).
 */
import { catalogue } from '../../lib/catalogue';
import {
  applyRun,
  checkLinks,
  judgeRun,
  linkHealthItem,
  linkRunItem,
  readLinkHealth,
  urlsToCheck,
  watchForNoNetwork,
  type LastRun,
  type LinkRunProgress,
} from '../../lib/links';
import { policy, readPolicy } from '../../lib/policy';

// A run older than this is stale: start afresh instead of mixing old and new findings.
const RESUME_WITHIN_MS = 12 * 60 * 60 * 1000;

// Why a run was stopped before its end.
const STOPPED_BY_POLICY = 'spes: link checks switched off by policy';
const NO_NETWORK = 'spes: no network';

export interface RunOptions {
  /** The current time; the test build moves it forward to stand in for hours passing. */
  now?: () => number;
  /** The pause between two requests to one host; only the test build shortens it (link-check.ts). */
  minGapMs?: number;
}

let running: Promise<LastRun | null> | null = null;

/**
 * Runs a check unless one is already going, in which case it joins that one. Resolves to what
 * the run did, or null when the organisation's policy refused or stopped it.
 */
export function runLinkCheck(options: RunOptions = {}): Promise<LastRun | null> {
  running ??= runAllowed(options).finally(() => (running = null));
  return running;
}

export const hasRunInProgress = async (): Promise<boolean> => (await linkRunItem.getValue()) !== null;

async function runAllowed({ now = Date.now, minGapMs }: RunOptions): Promise<LastRun | null> {
  const stop = new AbortController();
  // Watching before reading, so a change between the two cannot slip by.
  const unwatch = policy.watch((settings) => {
    if (!settings.checkLinks) stop.abort(STOPPED_BY_POLICY);
  });
  try {
    if (!(await readPolicy()).checkLinks) stop.abort(STOPPED_BY_POLICY);
    return await checkAll(now, stop, minGapMs);
  } catch (error) {
    if (stop.signal.reason !== STOPPED_BY_POLICY) throw error;
    // Nothing to resume later either: the progress goes, the stored health stays as it was.
    await linkRunItem.setValue(null);
    return null;
  } finally {
    unwatch();
  }
}

async function startOrResume(urls: string[], now: number): Promise<LinkRunProgress> {
  const saved = await linkRunItem.getValue();
  const sameUrls = saved !== null && saved.urls.join('\n') === urls.join('\n');
  if (saved && sameUrls && now - saved.startedAt < RESUME_WITHIN_MS) return saved;
  return { startedAt: now, urls, results: [] };
}

async function checkAll(now: () => number, stop: AbortController, minGapMs?: number): Promise<LastRun> {
  stop.signal.throwIfAborted();
  const urls = urlsToCheck(catalogue);
  const progress = await startOrResume(urls, now());
  await linkRunItem.setValue(progress);
  if (navigator.onLine) {
    const done = new Set(progress.results.map((r) => r.url));
    const fetch = watchForNoNetwork(
      (url, init) => globalThis.fetch(url, init),
      () => stop.abort(NO_NETWORK),
    );
    await checkLinks(
      urls.filter((url) => !done.has(url)),
      {
        fetch,
        hiddenRedirects: true,
        signal: stop.signal,
        minGapMs,
        onResult: async (result) => {
          if (stop.signal.aborted) return;
          // Stamped with the run's clock, which the test build can move forward.
          progress.results.push({ ...result, checkedAt: now() });
          await linkRunItem.setValue(progress);
        },
      },
    ).catch((error: unknown) => {
      if (stop.signal.reason !== NO_NETWORK) throw error;
    });
  }
  return finish(progress, now(), stop.signal.reason === NO_NETWORK);
}

async function finish(progress: LinkRunProgress, finishedAt: number, noNetwork: boolean): Promise<LastRun> {
  const { startedAt, results } = progress;
  const verdict = noNetwork ? 'no-network' : judgeRun(results, navigator.onLine);
  const health = await readLinkHealth();
  const links = verdict === 'trusted' ? applyRun(health.links, results) : health.links;
  const lastRun: LastRun = { startedAt, finishedAt, verdict, checked: results.length };
  await linkHealthItem.setValue({ links, lastRun });
  await linkRunItem.setValue(null);
  return lastRun;
}
