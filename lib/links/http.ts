/**
 * One attempt at one URL: GET, no credentials, no cache, and the body cancelled as soon
 * as the headers are in, so a check never downloads a whole page or PDF. Every request,
 * hop by hop where the hops can be seen, waits out its host's gap (hosts.ts).
 */
import { isWebUrl } from '../catalogue';
import { hostOf, type TakeTurn } from './hosts';
import type { LinkReason, Settings } from './types';

/** A response, or why there was none (a reason a link is unknown, or broken for 'no-such-host'). */
export type Attempt =
  | { kind: 'response'; status: number; finalUrl: string; headers: Headers }
  | { kind: 'error'; error: LinkReason };

const MAX_HOPS = 10;

/** One attempt; rejects only when the run itself is stopped (`signal`). */
export async function requestOnce(url: string, s: Settings, turn: TakeTurn): Promise<Attempt> {
  try {
    if (s.redirect === 'manual') return await walkRedirects(url, s, turn);
    // The browser follows the hops unseen; one request at a time (hosts.ts) keeps them apart.
    return toAttempt(await turn(hostOf(url), () => fetchHeaders(url, 'follow', s)), url);
  } catch (error) {
    if (s.signal?.aborted) throw s.signal.reason;
    return { kind: 'error', error: attemptError(error) };
  }
}

/**
 * A browser refuses to show the extension a redirect's target on a host outside its permissions
 * and reports only a network failure, after asking that host once. Asked again without following,
 * the link's own host tells a redirect apart from a real failure, so that the other host is asked
 * no more (a retry would ask it again) and the link stays unknown: neither moved nor broken.
 */
export async function isHiddenRedirect(url: string, s: Settings, turn: TakeTurn): Promise<boolean> {
  try {
    const response = await turn(hostOf(url), () => fetchHeaders(url, 'manual', s));
    return response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
  } catch {
    if (s.signal?.aborted) throw s.signal.reason;
    return false;
  }
}

async function fetchHeaders(url: string, redirect: RequestRedirect, s: Settings): Promise<Response> {
  const timeout = AbortSignal.timeout(s.timeoutMs);
  const signal = s.signal ? AbortSignal.any([s.signal, timeout]) : timeout;
  const init = { method: 'GET', redirect, credentials: 'omit', cache: 'no-store', signal } as const;
  const response = await s.fetch(url, init);
  // Headers are all a check needs; dropping the body closes the connection early.
  response.body?.cancel().catch(() => undefined);
  return response;
}

function toAttempt(response: Response, requested: string): Attempt {
  // A synthetic Response (tests, some polyfills) has an empty url.
  const finalUrl = response.url || requested;
  return { kind: 'response', status: response.status, finalUrl, headers: response.headers };
}

/** Follows redirects hop by hop, each after its host's gap; tells a loop from a long chain. */
async function walkRedirects(url: string, s: Settings, turn: TakeTurn): Promise<Attempt> {
  const seen = new Set([url]);
  let current = url;
  for (let hop = 0; hop <= MAX_HOPS; hop++) {
    const at = current;
    const response = await turn(hostOf(at), () => fetchHeaders(at, 'manual', s));
    const location = response.headers.get('location');
    if (response.status < 300 || response.status > 399 || location === null) return toAttempt(response, at);
    const next = URL.canParse(location, at) ? new URL(location, at).href : '';
    // data:, file:, javascript: and the like are no web page: nothing to request, nothing to offer.
    if (!isWebUrl(next)) return { kind: 'error', error: 'non-web-redirect' };
    if (seen.has(next)) return { kind: 'error', error: 'redirect-loop' };
    seen.add(next);
    current = next;
  }
  return { kind: 'error', error: 'too-many-redirects' };
}

function attemptError(error: unknown): LinkReason {
  if ((error as Error | null)?.name === 'TimeoutError') return 'timeout';
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  // Only Node can tell a host that does not exist apart; a browser just says "Failed to fetch".
  if (cause?.code === 'ENOTFOUND') return 'no-such-host';
  const message = typeof cause?.message === 'string' ? cause.message : '';
  if (/redirect count exceeded/i.test(message)) return 'too-many-redirects';
  // Node names a followed redirect to data:, file: or a broken address; a browser cannot.
  if (/URL scheme must be a HTTP\(S\) scheme/i.test(message) || cause?.code === 'ERR_INVALID_URL') {
    return 'non-web-redirect';
  }
  return 'network';
}
