/**
 * What a run's results do to the links' shown state. A link is shown broken only after
 * two consecutive runs, hours apart, found it broken; one good run clears it. A run the
 * browser made offline, or behind a captive portal, changes nothing at all.
 */
import { addressesOf, type Catalogue } from '../catalogue';
import type { LinkResult, LinkState } from './types';

/** Two "broken" findings closer than this count as one run (a user pressing "check now" twice). */
const MIN_APART_MS = 4 * 60 * 60 * 1000;

export interface LinkHealth {
  /** What the user is shown: 'broken' only once confirmed. */
  state: LinkState;
  /** Where the link now leads, while it is shown as moved. */
  movedTo?: string;
  /** The latest trusted check, whatever it found. */
  latest: LinkResult;
  /** Consecutive runs, hours apart, that found the link broken. */
  brokenRuns: number;
  lastBrokenAt?: number;
}

export type LinkHealthMap = Record<string, LinkHealth>;

export function applyResult(prev: LinkHealth | undefined, result: LinkResult): LinkHealth {
  if (result.state === 'ok' || result.state === 'moved') {
    const movedTo = result.state === 'moved' ? result.finalUrl : undefined;
    return { latest: result, state: result.state, brokenRuns: 0, ...(movedTo ? { movedTo } : {}) };
  }
  const next: LinkHealth = { state: 'unknown', brokenRuns: 0, ...prev, latest: result };
  // Not being able to check says nothing either way: the streak neither grows nor ends.
  if (result.state === 'unknown') return next;
  if (next.lastBrokenAt === undefined || result.checkedAt - next.lastBrokenAt >= MIN_APART_MS) {
    next.brokenRuns += 1;
    next.lastBrokenAt = result.checkedAt;
  }
  if (next.brokenRuns >= 2) {
    next.state = 'broken';
    delete next.movedTo;
  }
  return next;
}

/**
 * The health after a trusted run, which checked every address the catalogue has: records of
 * addresses it no longer has (a catalogue update changed them) are dropped.
 */
export function applyRun(map: LinkHealthMap, results: LinkResult[]): LinkHealthMap {
  return Object.fromEntries(results.map((result) => [result.url, applyResult(map[result.url], result)]));
}

/** Every address a run checks: each entry's, and each page recorded as its successor. */
export function urlsToCheck(cat: Catalogue): string[] {
  return [...new Set(cat.entries.flatMap(addressesOf))];
}

/** 'no-network': stopped early, its first requests all failed (no-network.ts). */
export type RunVerdict = 'trusted' | 'offline' | 'all-failed-alike' | 'no-network';

/**
 * Whether a run's results can be believed. Offline, or when every link failed the same
 * way (a captive portal sending everything to its login page, a dead proxy), the fault
 * is on our side of the wire, not the publishers'.
 */
export function judgeRun(results: LinkResult[], online: boolean): Exclude<RunVerdict, 'no-network'> {
  if (!online) return 'offline';
  if (results.length < 2 || results.some((r) => r.state === 'ok')) return 'trusted';
  const signature = (r: LinkResult) =>
    [r.state, r.reason, r.httpStatus, r.finalUrl && new URL(r.finalUrl).host].join('|');
  const first = signature(results[0] as LinkResult);
  return results.every((r) => signature(r) === first) ? 'all-failed-alike' : 'trusted';
}

/** What the last finished run did, for the options page. */
export interface LastRun {
  finishedAt: number;
  verdict: RunVerdict;
  checked: number;
}

export interface LinkHealthRecord {
  links: LinkHealthMap;
  lastRun: LastRun | null;
}

/** A run in progress, saved after each link so a stopped worker can resume it. */
export interface LinkRunProgress {
  startedAt: number;
  results: LinkResult[];
}
