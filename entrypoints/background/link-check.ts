/**
 * Link health in the background: the alarm that starts runs and the request that starts one now.
 * The rules live in lib/links (checker, state, schedule); the badge follows the stored health
 * (link-badge.ts).
 */
import { browser } from 'wxt/browser';
import {
  linkCheckSettingsItem,
  linkHealthItem,
  nextRunAt,
  PERIOD_MINUTES,
  readLinkHealth,
} from '../../lib/links';
import { onWorkerRequest } from '../../lib/platform';
import { policy, readPolicy } from '../../lib/policy';
import { hasRunInProgress, runLinkCheck } from './link-run';

export const LINK_CHECK_ALARM = 'spes-link-check';

/** Called synchronously from defineBackground, so the browser can wake the worker for these. */
export function registerLinkCheck(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === LINK_CHECK_ALARM) void runLinkCheck();
  });
  onWorkerRequest('spes:check-links-now', () => runLinkCheck());
  linkCheckSettingsItem.watch(() => void scheduleChecks(true));
  // The organisation switching checks off clears the alarm (and stops a run, link-run.ts);
  // switching them on again brings the alarm back.
  policy.watch(() => void scheduleChecks(false));
  exposeTestHooks();
  // On every worker start: heal a missing alarm, finish an interrupted run (which asks the
  // policy first, like every run).
  void scheduleChecks(false)
    .then(async () => ((await hasRunInProgress()) ? runLinkCheck() : undefined))
    .catch((error: unknown) => console.error('Spes: link check start-up failed', error));
}

/** Creates the alarm when it is missing or its period no longer matches the setting. */
async function scheduleChecks(settingsChanged: boolean): Promise<void> {
  const [{ interval }, { checkLinks: allowed }] = await Promise.all([
    linkCheckSettingsItem.getValue(),
    readPolicy(),
  ]);
  const existing = await browser.alarms.get(LINK_CHECK_ALARM);
  // An organisation can switch background checks off by policy.
  if (interval === 'off' || !allowed) {
    if (existing) await browser.alarms.clear(LINK_CHECK_ALARM);
    return;
  }
  if (existing && !settingsChanged) return;
  const { lastRun } = await readLinkHealth();
  const when = nextRunAt(interval, lastRun?.finishedAt ?? null, Date.now()) as number;
  await browser.alarms.create(LINK_CHECK_ALARM, { when, periodInMinutes: PERIOD_MINUTES[interval] });
}

/**
 * Only in the test build (SPES_CATALOGUE, see wxt.config.ts): lets the browser test start
 * a run at a chosen time through the service worker instead of waiting for alarms and hours, with
 * a shorter pause between requests to its one loopback host when the test is not about that pause.
 */
function exposeTestHooks(): void {
  if (!import.meta.env.SPES_TEST_HOOKS) return;
  Object.assign(globalThis, {
    spesTest: {
      checkLinksAt: (time: number, minGapMs?: number) => runLinkCheck({ now: () => time, minGapMs }),
      linkHealth: () => linkHealthItem.getValue(),
    },
  });
}
