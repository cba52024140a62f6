/**
 * The link checker: `checkLinks(urls, options)` resolves to one result per distinct URL, in
 * input order. Pure: no browser APIs, so the extension's background and `npm run check-links`
 * in Node run exactly the same code.
 */
import { classifyAttempt, isTransient, type Verdict } from './classify';
import { hostGaps, hostOf, inTurns, type TakeTurn } from './hosts';
import { isHiddenRedirect, requestOnce } from './http';
import { retryDelay } from './retry';
import type { CheckOptions, LinkResult, Settings } from './types';
import { DEFAULT_THUMBNAIL_BASE, probeUrlFor } from './youtube';

function settingsFrom(options: CheckOptions): Settings {
  return {
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    timeoutMs: options.timeoutMs ?? 15_000,
    minGapMs: options.minGapMs ?? 1000,
    retries: options.retries ?? 2,
    backoffMs: options.backoffMs ?? 2000,
    maxRetryAfterMs: options.maxRetryAfterMs ?? 20_000,
    redirect: options.redirect ?? 'follow',
    hiddenRedirects: options.hiddenRedirects ?? false,
    thumbnailBase: options.thumbnailBase ?? DEFAULT_THUMBNAIL_BASE,
    now: options.now ?? Date.now,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    onResult: options.onResult,
    signal: options.signal,
  };
}

/**
 * Rejects with `options.signal`'s reason once it is aborted: no request starts after that,
 * and the ones in flight are cancelled.
 */
export async function checkLinks(urls: readonly string[], options: CheckOptions = {}): Promise<LinkResult[]> {
  const s = settingsFrom(options);
  s.signal?.throwIfAborted();
  const distinct = [...new Set(urls)];
  const results = new Map<string, LinkResult>();
  const turn = hostGaps(s);
  const probes = distinct.map((url) => ({ url, probe: probeUrlFor(url, s.thumbnailBase) }));
  for (const { url, probe } of inTurns(probes, (p) => hostOf(p.probe))) {
    const result = await checkOne(url, probe, turn, s);
    results.set(url, result);
    await s.onResult?.(result);
  }
  return distinct.map((url) => results.get(url) as LinkResult);
}

async function checkOne(url: string, probe: string, turn: TakeTurn, s: Settings): Promise<LinkResult> {
  if (hostOf(probe) === '') return { url, state: 'broken', reason: 'no-such-host', checkedAt: s.now() };
  let attempt = await requestOnce(probe, s, turn);
  if (
    s.hiddenRedirects &&
    attempt.kind === 'error' &&
    attempt.error === 'network' &&
    (await isHiddenRedirect(probe, s, turn))
  ) {
    attempt = { kind: 'error', error: 'redirect-elsewhere' };
  }
  for (let retry = 0; retry < s.retries && isTransient(attempt); retry++) {
    const delay = retryDelay(attempt, retry, s);
    if (delay === null) break;
    await s.sleep(delay);
    s.signal?.throwIfAborted();
    attempt = await requestOnce(probe, s, turn);
  }
  const verdict = classifyAttempt(probe, attempt);
  return { url, ...(probe === url ? verdict : probeVerdict(verdict)), checkedAt: s.now() };
}

/** A stand-in probe (a video's thumbnail) tells whether the link works, not where it goes. */
function probeVerdict(verdict: Verdict): Verdict {
  const rest: Verdict = { ...verdict };
  delete rest.finalUrl;
  return rest.state === 'moved' ? { ...rest, state: 'ok', reason: 'ok' } : rest;
}
