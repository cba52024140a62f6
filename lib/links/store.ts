/**
 * Link health in storage: how often to check (storage.sync, a preference that follows the user),
 * what the checks found and a run in progress (storage.local: they describe what this browser
 * could reach). Stored values come back through `repair`, one link at a time: a corrupt record
 * costs that link's history, never the rest, and an address that is not http(s) never survives
 * to reach an href.
 */
import { catalogue, isWebUrl } from '../catalogue';
import { defineItem, isObject, oneOf } from '../platform';
import { INTERVALS, type LinkCheckInterval } from './schedule';
import {
  keepOnly,
  urlsToCheck,
  type LastRun,
  type LinkHealth,
  type LinkHealthRecord,
  type LinkRunProgress,
} from './state';
import type { LinkResult, LinkState } from './types';

const STATES: readonly LinkState[] = ['ok', 'moved', 'broken', 'unknown'];
const VERDICTS: readonly LastRun['verdict'][] = ['trusted', 'offline', 'all-failed-alike', 'no-network'];

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

export function repairLinkResult(v: unknown): LinkResult | null {
  if (!isObject(v) || !isWebUrl(v.url) || !STATES.includes(v.state as LinkState)) return null;
  if (typeof v.reason !== 'string' || !isTime(v.checkedAt)) return null;
  return {
    url: v.url,
    state: v.state as LinkState,
    reason: v.reason as LinkResult['reason'],
    ...(Number.isInteger(v.httpStatus) ? { httpStatus: v.httpStatus as number } : {}),
    ...(isWebUrl(v.finalUrl) ? { finalUrl: v.finalUrl } : {}),
    checkedAt: v.checkedAt,
  };
}

function repairLinkHealth(url: string, v: unknown): LinkHealth | null {
  if (!isObject(v) || v.url !== url || !STATES.includes(v.state as LinkState)) return null;
  const latest = repairLinkResult(v.latest);
  if (latest === null || latest.url !== url) return null;
  return {
    url,
    state: v.state as LinkState,
    ...(isWebUrl(v.movedTo) ? { movedTo: v.movedTo } : {}),
    latest,
    brokenRuns: isCount(v.brokenRuns) ? v.brokenRuns : 0,
    ...(isTime(v.lastBrokenAt) ? { lastBrokenAt: v.lastBrokenAt } : {}),
  };
}

function repairLastRun(v: unknown): LastRun | null {
  if (!isObject(v) || !isTime(v.startedAt) || !isTime(v.finishedAt) || !isCount(v.checked)) return null;
  if (!VERDICTS.includes(v.verdict as LastRun['verdict'])) return null;
  const { startedAt, finishedAt, checked } = v;
  return { startedAt, finishedAt, verdict: v.verdict as LastRun['verdict'], checked };
}

export function repairHealthRecord(v: unknown): LinkHealthRecord {
  const record = isObject(v) ? v : {};
  const links: Record<string, LinkHealth> = {};
  for (const [url, health] of Object.entries(isObject(record.links) ? record.links : {})) {
    const repaired = repairLinkHealth(url, health);
    if (repaired) links[url] = repaired;
  }
  return { links, lastRun: repairLastRun(record.lastRun) };
}

function repairRunProgress(v: unknown): LinkRunProgress | null {
  if (!isObject(v) || !isTime(v.startedAt) || !Array.isArray(v.urls) || !v.urls.every(isWebUrl)) return null;
  const results = Array.isArray(v.results) ? v.results.map(repairLinkResult) : [];
  return { startedAt: v.startedAt, urls: v.urls, results: results.filter((r) => r !== null) };
}

export interface LinkCheckSettings {
  interval: LinkCheckInterval;
}

export const linkCheckSettingsItem = defineItem<LinkCheckSettings>('sync:linkCheckSettings', {
  fallback: { interval: 'weekly' },
  version: 1,
  repair: (v) => ({ interval: oneOf(INTERVALS, 'weekly')(isObject(v) ? v.interval : undefined) }),
});

export const linkHealthItem = defineItem<LinkHealthRecord>('local:linkHealth', {
  fallback: { links: {}, lastRun: null },
  version: 1,
  repair: repairHealthRecord,
});

/** A run in progress, saved after each link so a stopped worker can resume it. */
export const linkRunItem = defineItem<LinkRunProgress | null>('local:linkRun', {
  fallback: null,
  version: 1,
  repair: repairRunProgress,
});

/** Stored health, without records for URLs the catalogue no longer has. */
export async function readLinkHealth(urls = urlsToCheck(catalogue)): Promise<LinkHealthRecord> {
  const record = await linkHealthItem.getValue();
  return { ...record, links: keepOnly(record.links, urls) };
}
