/** When the next background check is due: pure, so the alarm logic can be tested in Node. */

export const INTERVALS = ['daily', 'weekly', 'off'] as const;
export type LinkCheckInterval = (typeof INTERVALS)[number];

const MINUTE = 60_000;
/** How often checks run, when they run at all. */
export type CheckPeriod = Exclude<LinkCheckInterval, 'off'>;
export const PERIOD_MINUTES: Record<CheckPeriod, number> = {
  daily: 24 * 60,
  weekly: 7 * 24 * 60,
};

/** The first run comes 3–8 minutes after install, spread out so installs don't arrive together. */
const FIRST_RUN_MIN = 3;
const FIRST_RUN_JITTER = 5;

/**
 * The time (ms) of the next run: a few minutes from now when there has been no run yet,
 * else one period after the last run, but never in the past.
 */
export function nextRunAt(interval: CheckPeriod, lastRunAt: number | null, now: number): number {
  const soon = now + (FIRST_RUN_MIN + Math.random() * FIRST_RUN_JITTER) * MINUTE;
  if (lastRunAt === null) return soon;
  return Math.max(lastRunAt + PERIOD_MINUTES[interval] * MINUTE, soon);
}
