/** Shape checks for the stored link health (lib/storage.ts), so a corrupt value resets cleanly. */
import type { LastRun, LinkHealth, LinkHealthMap, LinkHealthRecord, LinkRunProgress } from './state';
import type { LinkResult } from './types';

type Obj = Record<string, unknown>;

const STATES = new Set(['ok', 'moved', 'broken', 'unknown']);
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const optional = (v: unknown, test: (v: unknown) => boolean) => v === undefined || test(v);
const isString = (v: unknown) => typeof v === 'string';

export function isLinkResult(v: unknown): v is LinkResult {
  return (
    isObj(v) &&
    typeof v.url === 'string' &&
    STATES.has(v.state as string) &&
    typeof v.reason === 'string' &&
    optional(v.httpStatus, (s) => Number.isInteger(s)) &&
    optional(v.finalUrl, isString) &&
    isTime(v.checkedAt)
  );
}

export function isLinkHealth(v: unknown): v is LinkHealth {
  return (
    isObj(v) &&
    typeof v.url === 'string' &&
    STATES.has(v.state as string) &&
    optional(v.movedTo, isString) &&
    isLinkResult(v.latest) &&
    v.latest.url === v.url &&
    Number.isInteger(v.brokenRuns) &&
    (v.brokenRuns as number) >= 0 &&
    optional(v.lastBrokenAt, isTime)
  );
}

export function isLinkHealthMap(v: unknown): v is LinkHealthMap {
  return isObj(v) && Object.entries(v).every(([url, h]) => isLinkHealth(h) && h.url === url);
}

export const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (v: unknown): v is T =>
    values.includes(v as T);

const VERDICTS = new Set(['trusted', 'offline', 'all-failed-alike']);

function isLastRun(v: unknown): v is LastRun {
  return (
    isObj(v) &&
    isTime(v.startedAt) &&
    isTime(v.finishedAt) &&
    VERDICTS.has(v.verdict as string) &&
    Number.isInteger(v.checked)
  );
}

export function isLinkHealthRecord(v: unknown): v is LinkHealthRecord {
  return isObj(v) && isLinkHealthMap(v.links) && (v.lastRun === null || isLastRun(v.lastRun));
}

export function isLinkRunProgressOrNull(v: unknown): v is LinkRunProgress | null {
  if (v === null) return true;
  return (
    isObj(v) &&
    isTime(v.startedAt) &&
    Array.isArray(v.urls) &&
    v.urls.every(isString) &&
    Array.isArray(v.results) &&
    v.results.every(isLinkResult)
  );
}
