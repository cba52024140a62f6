/**
 * The link checker: `checkLinks(urls, options)` resolves to one result per distinct URL, in
 * input order. Pure: no browser APIs, so the extension's background and `npm run check-links`
 * in Node run exactly the same code.
 */
import { classifyAttempt, isTransient, type Verdict } from './classify';
import { hostGaps, hostOf, inTurns, type TakeTurn } from './hosts';
import { isHiddenRedirect, requestOnce, type Attempt } from './http';
import type { CheckOptions, LinkResult, Settings } from './types';
import { probeUrlFor } from './youtube';

/**
 * Rejects with `options.signal`'s reason once it is aborted: no request starts after that,
 * and the ones in flight are cancelled.
 */
export async function checkLinks(urls: readonly string[], options: CheckOptions = {}): Promise<LinkResult[]> {
  const s: Settings = {
    ...options,
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    timeoutMs: options.timeoutMs ?? 15_000,
    minGapMs: options.minGapMs ?? 1000,
    backoffMs: options.backoffMs ?? 2000,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
  };
  s.signal?.throwIfAborted();
  const distinct = [...new Set(urls)];
  const results = new Map<string, LinkResult>();
  const turn = hostGaps(s);
  const probes = distinct.map((url) => ({ url, probe: probeUrlFor(url) }));
  for (const { url, probe } of inTurns(probes, (p) => hostOf(p.probe))) {
    const result = await checkOne(url, probe, turn, s);
    results.set(url, result);
    await s.onResult?.(result);
  }
  return distinct.map((url) => results.get(url) as LinkResult);
}

async function checkOne(url: string, probe: string, turn: TakeTurn, s: Settings): Promise<LinkResult> {
  if (hostOf(probe) === '') return { url, state: 'broken', reason: 'no-such-host', checkedAt: Date.now() };
  let attempt = await requestOnce(probe, s, turn);
  if (
    s.hiddenRedirects &&
    attempt.kind === 'error' &&
    attempt.error === 'network' &&
    (await isHiddenRedirect(probe, s, turn))
  ) {
    attempt = { kind: 'error', error: 'redirect-elsewhere' };
  }
  for (let retry = 0; retry < RETRIES && isTransient(attempt); retry++) {
    const delay = retryDelay(attempt, retry, s);
    if (delay === null) break;
    await s.sleep(delay);
    // A run stopped meanwhile rejects there: every request waits its turn, which asks the signal (hosts.ts).
    attempt = await requestOnce(probe, s, turn);
  }
  const verdict = classifyAttempt(probe, attempt);
  return { url, ...(probe === url ? verdict : probeVerdict(verdict)), checkedAt: Date.now() };
}

/** A stand-in probe (a video's thumbnail) tells whether the link works, not where it goes. */
function probeVerdict({ finalUrl: _, ...rest }: Verdict): Verdict {
  return rest.state === 'moved' ? { ...rest, state: 'ok', reason: 'ok' } : rest;
}

// Retries of transient failures (5xx, 408, 429, timeout, reset) back off, and honour Retry-After
// (seconds or an HTTP date). A server asking for a longer pause than we are willing to wait gets
// it: the link stays unknown until the next run instead of being hammered.
const RETRIES = 2;
const MAX_RETRY_AFTER_MS = 20_000;

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
function retryDelay(attempt: Attempt, retry: number, s: Settings): number | null {
  const backoff = s.backoffMs * 2 ** retry;
  if (attempt.kind === 'error') return backoff;
  const asked = parseRetryAfter(attempt.headers.get('retry-after'), Date.now());
  if (asked === null) return backoff;
  if (asked > MAX_RETRY_AFTER_MS) return null;
  return Math.max(asked, backoff);
}
