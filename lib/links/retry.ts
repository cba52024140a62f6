/**
 * Retries of transient failures, with backoff, honouring Retry-After (seconds or an
 * HTTP date). A server asking for a longer pause than we are willing to wait gets it:
 * the link stays unknown until the next run instead of being hammered.
 */
import type { Attempt } from './http';
import type { Settings } from './types';

/** Milliseconds to wait as asked by a Retry-After value, or null when it cannot be read. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}

/** How long to wait before retry number `retry` (0-based); null means do not retry this run. */
export function retryDelay(attempt: Attempt, retry: number, s: Settings): number | null {
  const backoff = s.backoffMs * 2 ** retry;
  if (attempt.kind === 'error') return backoff;
  const asked = parseRetryAfter(attempt.headers.get('retry-after'), s.now());
  if (asked === null) return backoff;
  if (asked > s.maxRetryAfterMs) return null;
  return Math.max(asked, backoff);
}
