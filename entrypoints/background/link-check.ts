/**
 * Link health in the background: the alarm that starts runs, the message that starts
 * one now, and the badge. The rules live in lib/ (link-check, link-state, link-schedule).
 */
import { browser } from 'wxt/browser';
import { CHECK_LINKS_NOW } from '../../lib/platform/messages';
import { PERIOD_MINUTES, nextRunAt } from '../../lib/links/schedule';
import {
  linkCheckEnabled,
  linkCheckSettingsItem,
  linkHealthItem,
  preferencesItem,
  readLinkCheckSettings,
  readLinkHealth,
} from '../../lib/platform/storage';
import { updateBadge } from './link-badge';
import { hasRunInProgress, runLinkCheck } from './link-run';

export const LINK_CHECK_ALARM = 'spes-link-check';

/** Called synchronously from defineBackground, so the browser can wake the worker for these. */
export function registerLinkCheck(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === LINK_CHECK_ALARM) void runAndShow();
  });
  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: unknown } | null)?.type !== CHECK_LINKS_NOW) return undefined;
    return runAndShow();
  });
  linkCheckSettingsItem.watch(() => void scheduleChecks(true));
  preferencesItem.watch(() => void updateBadge());
  exposeTestHooks();
  // On every worker start: heal a missing alarm, finish an interrupted run, refresh the badge.
  void scheduleChecks(false)
    .then(async () => ((await hasRunInProgress()) ? runAndShow() : updateBadge()))
    .catch((error: unknown) => console.error('Spes: link check start-up failed', error));
}

async function runAndShow(now?: () => number) {
  const lastRun = await runLinkCheck({ now });
  await updateBadge();
  return lastRun;
}

/** Creates the alarm when it is missing or its period no longer matches the setting. */
async function scheduleChecks(settingsChanged: boolean): Promise<void> {
  const [{ interval }, allowed] = await Promise.all([readLinkCheckSettings(), linkCheckEnabled()]);
  const existing = await browser.alarms.get(LINK_CHECK_ALARM);
  // An organisation can switch background checks off by policy (issue 7); "check now" still works.
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
 * a run at a chosen time through the service worker instead of waiting for alarms and hours.
 */
function exposeTestHooks(): void {
  if (!import.meta.env.SPES_TEST_HOOKS) return;
  Object.assign(globalThis, {
    spesTest: {
      checkLinksAt: (time: number) => runAndShow(() => time),
      linkHealth: () => linkHealthItem.getValue(),
    },
  });
}
