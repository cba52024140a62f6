/**
 * One attempt at one URL: GET, no credentials, no cache, and the body cancelled as soon
 * as the headers are in, so a check never downloads a whole page or PDF.
 */
import type { Settings } from './types';

export type AttemptError = 'timeout' | 'network' | 'no-such-host' | 'redirect-loop' | 'too-many-redirects';

export type Attempt =
  | { kind: 'response'; status: number; finalUrl: string; headers: Headers }
  | { kind: 'error'; error: AttemptError };

const MAX_HOPS = 10;

export async function requestOnce(url: string, s: Settings): Promise<Attempt> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), s.timeoutMs);
  try {
    if (s.redirect === 'manual') return await walkRedirects(url, s, controller.signal);
    return toAttempt(await fetchHeaders(url, 'follow', s, controller.signal), url);
  } catch (error) {
    return { kind: 'error', error: attemptError(error, controller.signal.aborted) };
  } finally {
    clearTimeout(timer);
  }
}

async function fetchHeaders(url: string, redirect: RequestRedirect, s: Settings, signal: AbortSignal) {
  const response = await s.fetch(url, {
    method: 'GET',
    redirect,
    credentials: 'omit',
    cache: 'no-store',
    signal,
  });
  // Headers are all a check needs; dropping the body closes the connection early.
  response.body?.cancel().catch(() => undefined);
  return response;
}

function toAttempt(response: Response, requested: string): Attempt {
  // A synthetic Response (tests, some polyfills) has an empty url.
  const finalUrl = response.url || requested;
  return { kind: 'response', status: response.status, finalUrl, headers: response.headers };
}

/** Follows redirects hop by hop, which tells a loop from a long chain. */
async function walkRedirects(url: string, s: Settings, signal: AbortSignal): Promise<Attempt> {
  const seen = new Set([url]);
  let current = url;
  for (let hop = 0; hop <= MAX_HOPS; hop++) {
    const response = await fetchHeaders(current, 'manual', s, signal);
    // Browsers hide manual redirects behind an opaque response: let them follow instead.
    if (response.type === 'opaqueredirect')
      return toAttempt(await fetchHeaders(url, 'follow', s, signal), url);
    const location = response.headers.get('location');
    if (response.status < 300 || response.status > 399 || location === null)
      return toAttempt(response, current);
    current = new URL(location, current).href;
    if (seen.has(current)) return { kind: 'error', error: 'redirect-loop' };
    seen.add(current);
  }
  return { kind: 'error', error: 'too-many-redirects' };
}

function attemptError(error: unknown, timedOut: boolean): AttemptError {
  if (timedOut) return 'timeout';
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  // Only Node can tell a host that does not exist apart; a browser just says "Failed to fetch".
  if (cause?.code === 'ENOTFOUND') return 'no-such-host';
  if (typeof cause?.message === 'string' && /redirect count exceeded/i.test(cause.message)) {
    return 'too-many-redirects';
  }
  return 'network';
}
