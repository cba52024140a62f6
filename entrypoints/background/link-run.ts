/**
 * One background run of the link checker: resumes an interrupted run, saves progress
 * after each link, and applies the results only if the run can be trusted.
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
  type LastRun,
  type LinkRunProgress,
} from '../../lib/links';

// A run older than this is stale: start afresh instead of mixing old and new findings.
const RESUME_WITHIN_MS = 12 * 60 * 60 * 1000;

export interface RunOptions {
  /** The current time; the test build moves it forward to stand in for hours passing. */
  now?: () => number;
}

let running: Promise<LastRun> | null = null;

/** Runs a check unless one is already going, in which case it joins that one. */
export function runLinkCheck(options: RunOptions = {}): Promise<LastRun> {
  running ??= checkAll(options.now ?? Date.now).finally(() => (running = null));
  return running;
}

export const hasRunInProgress = async (): Promise<boolean> => (await linkRunItem.getValue()) !== null;

async function startOrResume(urls: string[], now: number): Promise<LinkRunProgress> {
  const saved = await linkRunItem.getValue();
  const sameUrls = saved !== null && saved.urls.join('\n') === urls.join('\n');
  if (saved && sameUrls && now - saved.startedAt < RESUME_WITHIN_MS) return saved;
  return { startedAt: now, urls, results: [] };
}

async function checkAll(now: () => number): Promise<LastRun> {
  const urls = urlsToCheck(catalogue);
  const progress = await startOrResume(urls, now());
  await linkRunItem.setValue(progress);
  if (navigator.onLine) {
    const done = new Set(progress.results.map((r) => r.url));
    await checkLinks(
      urls.filter((url) => !done.has(url)),
      {
        onResult: async (result) => {
          // Stamped with the run's clock, which the test build can move forward.
          progress.results.push({ ...result, checkedAt: now() });
          await linkRunItem.setValue(progress);
        },
      },
    );
  }
  return finish(progress, now());
}

async function finish(progress: LinkRunProgress, finishedAt: number): Promise<LastRun> {
  const verdict = judgeRun(progress.results, navigator.onLine);
  const health = await readLinkHealth();
  const links = verdict === 'trusted' ? applyRun(health.links, progress.results) : health.links;
  const lastRun: LastRun = {
    startedAt: progress.startedAt,
    finishedAt,
    verdict,
    checked: progress.results.length,
  };
  await linkHealthItem.setValue({ links, lastRun });
  await linkRunItem.setValue(null);
  return lastRun;
}
