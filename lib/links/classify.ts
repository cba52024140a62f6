/**
 * Turns an attempt into a state. The rule that matters most: only evidence that a page
 * is gone (404, 410, a host that does not exist, a redirect to the front page or to a
 * not-found page) makes a link broken. Refusals, rate limits and server trouble say
 * nothing about the page, so they are `unknown`, never `broken`.
 */
import { isWebUrl } from '../catalogue';
import type { Attempt } from './http';
import type { LinkReason, LinkState } from './types';

export interface Verdict {
  state: LinkState;
  reason: LinkReason;
  httpStatus?: number;
  finalUrl?: string;
}

// Front pages, including the language roots many Norwegian government sites use (/no/, /nb/, /en/).
const FRONT_PAGE_PATH = /^\/((no|nb|nn|en)\/?)?(index\.\w+)?$/i;
const NOT_FOUND_WORDS =
  /(^|[^a-z0-9])(not-?found|page-?not-?found|finnes-?ikke|ikke-?funnet|fant-?ikke)([^a-z0-9]|$)/i;
// "404" as a page of its own (/404, /404.html, ?status=404, /error-404, /404-side), never as the
// end of a number: Norwegian regulations are numbered like 2005-04-29-404.
const NOT_FOUND_CODE = /(^|[/?&=]|[a-z][-_])404([-_][a-z]|\.[a-z]+|[/?&#]|$)/i;

export function classifyAttempt(url: string, attempt: Attempt): Verdict {
  if (attempt.kind === 'error') {
    if (attempt.error === 'no-such-host') return { state: 'broken', reason: 'no-such-host' };
    return { state: 'unknown', reason: attempt.error };
  }
  const { status, finalUrl } = attempt;
  // Whatever fetched it, an address that is no web page is never offered as a new home.
  if (!isWebUrl(finalUrl)) return { state: 'unknown', reason: 'non-web-redirect', httpStatus: status };
  const base = { httpStatus: status, ...(finalUrl !== url ? { finalUrl } : {}) };
  if (attempt.headers.get('cf-mitigated') === 'challenge')
    return { state: 'unknown', reason: 'bot-protection', ...base };
  if (status >= 200 && status < 300) return { ...classifyLanding(url, finalUrl), ...base };
  if (status === 404) return { state: 'broken', reason: 'not-found', ...base };
  if (status === 410) return { state: 'broken', reason: 'gone', ...base };
  return { state: 'unknown', reason: unknownReason(status), ...base };
}

function unknownReason(status: number): LinkReason {
  if (status === 401 || status === 403) return 'forbidden';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server-error';
  return 'http-status';
}

/** A page that answered 2xx, possibly after redirects. */
function classifyLanding(url: string, finalUrl: string): Pick<Verdict, 'state' | 'reason'> {
  if (finalUrl === url) return { state: 'ok', reason: 'ok' };
  if (samePage(url, finalUrl)) return { state: 'ok', reason: 'same-page' };
  const from = new URL(url);
  const to = new URL(finalUrl);
  if (FRONT_PAGE_PATH.test(to.pathname) && !FRONT_PAGE_PATH.test(from.pathname)) {
    return { state: 'broken', reason: 'front-page' };
  }
  const landing = to.pathname + to.search;
  if (NOT_FOUND_WORDS.test(landing) || NOT_FOUND_CODE.test(landing)) {
    return { state: 'broken', reason: 'not-found-page' };
  }
  return { state: 'moved', reason: 'redirected' };
}

/** http to https, a trailing slash, host case or a fragment do not make a page "moved". */
export function samePage(a: string, b: string): boolean {
  const key = (raw: string) => {
    const u = new URL(raw);
    const path = u.pathname.replace(/\/+$/, '');
    return `${u.hostname.toLowerCase()}:${u.port}${path}${u.search}`;
  };
  try {
    return key(a.replace(/^http:/, 'https:')) === key(b.replace(/^http:/, 'https:'));
  } catch {
    return false;
  }
}

/** Worth another try within the same run. */
export function isTransient(attempt: Attempt): boolean {
  if (attempt.kind === 'error') return attempt.error === 'timeout' || attempt.error === 'network';
  return attempt.status === 408 || attempt.status === 429 || attempt.status >= 500;
}
