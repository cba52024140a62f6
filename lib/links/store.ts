/**
 * Link health in storage: how often to check (storage.sync, a preference that follows the user),
 * what the checks found and a run in progress (storage.local: they describe what this browser
 * could reach). A stored record is kept as it is or dropped whole, one link's at a time: a
 * corrupt record costs that link's history, never the rest, and a record with an address that
 * is not http(s) is dropped before it can reach an href. The next run writes it anew.
 */
import { isWebUrl } from '../catalogue';
import { defineItem, isObject, oneOf } from '../platform';
import { INTERVALS, type LinkCheckInterval } from './schedule';
import type { LastRun, LinkHealth, LinkHealthRecord, LinkRunProgress, RunVerdict } from './state';
import type { LinkResult, LinkState } from './types';

const STATES: unknown[] = ['ok', 'moved', 'broken', 'unknown'] satisfies LinkState[];
const VERDICTS: unknown[] = ['trusted', 'offline', 'all-failed-alike', 'no-network'] satisfies RunVerdict[];

// A time later than this past the clock is no time a check can have had: a clock that was wrong
// (or a tampered value) would otherwise put the next check a year out, or never.
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;
const isTime = (v: unknown): v is number =>
  typeof v === 'number' && v >= 0 && v <= Date.now() + CLOCK_SKEW_MS;
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
/** An optional field: absent, or as `check` wants it. */
const absentOr = (v: unknown, check: (v: unknown) => boolean) => v === undefined || check(v);

function isLinkResult(v: unknown): v is LinkResult {
  return (
    isObject(v) &&
    isWebUrl(v.url) &&
    STATES.includes(v.state) &&
    typeof v.reason === 'string' &&
    isTime(v.checkedAt) &&
    absentOr(v.httpStatus, Number.isInteger) &&
    absentOr(v.finalUrl, isWebUrl)
  );
}

function isLinkHealth(url: string, v: unknown): v is LinkHealth {
  return (
    isObject(v) &&
    STATES.includes(v.state) &&
    isLinkResult(v.latest) &&
    v.latest.url === url &&
    isCount(v.brokenRuns) &&
    absentOr(v.movedTo, isWebUrl) &&
    absentOr(v.lastBrokenAt, isTime)
  );
}

const isLastRun = (v: unknown): v is LastRun =>
  isObject(v) && isTime(v.finishedAt) && isCount(v.checked) && VERDICTS.includes(v.verdict);

function readHealthRecord(v: unknown): LinkHealthRecord {
  const record = isObject(v) ? v : {};
  const links = Object.entries(isObject(record.links) ? record.links : {});
  return {
    links: Object.fromEntries(links.filter((link): link is [string, LinkHealth] => isLinkHealth(...link))),
    lastRun: isLastRun(record.lastRun) ? record.lastRun : null,
  };
}

function readRunProgress(v: unknown): LinkRunProgress | null {
  if (!isObject(v) || !isTime(v.startedAt)) return null;
  const results = Array.isArray(v.results) ? v.results.filter(isLinkResult) : [];
  return { startedAt: v.startedAt, results };
}

export const linkCheckSettingsItem = defineItem<{ interval: LinkCheckInterval }>(
  'sync:linkCheckSettings',
  { interval: 'weekly' },
  (v) => ({ interval: oneOf(INTERVALS, 'weekly')(isObject(v) ? v.interval : undefined) }),
);

export const linkHealthItem = defineItem('local:linkHealth', { links: {}, lastRun: null }, readHealthRecord);

export const linkRunItem = defineItem('local:linkRun', null, readRunProgress);
