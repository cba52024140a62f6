/**
 * Turns an attempt into a state. The rule that matters most: only evidence that a page
 * is gone (404, 410, a host that does not exist, a redirect to the front page or to a
 * not-found page) makes a link broken. Refusals, rate limits and server trouble say
 * nothing about the page, so they are `unknown`, never `broken`.
 */
import { isWebUrl, siteOf } from '../catalogue';
import type { Attempt } from './http';
import type { LinkResult } from './types';

export type Verdict = Omit<LinkResult, 'url' | 'checkedAt'>;

// Front pages, including the language roots many Norwegian government sites use (/no/, /nb/, /en/).
const FRONT_PAGE_PATH = /^\/((no|nb|nn|en)\/?)?(index\.\w+)?$/i;
// A not-found page names itself in its last path segment (/404, /feil/404.html, /error-404,
// /404-side/, /siden-finnes-ikke) or in a status parameter (?status=404). "404" or "finnes ikke"
// inside a longer name is an ordinary number or word: 2005-04-29-404, innst-404-s, sak-404, ?id=404.
const NOT_FOUND_NAME =
  /^(?:(?:error|feil)[-_]?)?(?:404|not[-_]?found|page[-_]?not[-_]?found|(?:siden?[-_])?(?:finnes[-_]?ikke|ikke[-_]?funnet)|fant[-_]?ikke)(?:[-_](?:error|feil|side|page))?$/i;
const STATUS_PARAM = /^(?:status|statuscode|code|error|errorcode|feil)$/i;
// A sign-in page says that the page needs an account, not that it is gone.
const SIGN_IN_SEGMENT = /^(?:log[-_]?in|logg[-_]?inn|logon|sign[-_]?in|innlogging|auth|authenticate|sso)$/i;
const SIGN_IN_HOST = /^(?:login|auth|sso|idporten|innlogging)\./i;

const segmentsOf = (url: URL) =>
  url.pathname
    .split('/')
    .filter(Boolean)
    .map((segment) => segment.replace(/\.\w+$/, ''));

function isNotFoundPage(to: URL): boolean {
  if (NOT_FOUND_NAME.test(segmentsOf(to).at(-1) ?? '')) return true;
  return [...to.searchParams].some(([name, value]) => STATUS_PARAM.test(name) && value === '404');
}

const isSignInPage = (to: URL) =>
  SIGN_IN_HOST.test(to.hostname) || segmentsOf(to).some((s) => SIGN_IN_SEGMENT.test(s));

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
  if (status === 404 || status === 410) return { state: 'broken', reason: 'not-found', ...base };
  return { state: 'unknown', reason: 'http-status', ...base };
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
  if (isNotFoundPage(to)) return { state: 'broken', reason: 'not-found-page' };
  // Refused to a visitor without an account, as a 401 would be: nothing is known of the page.
  if (isSignInPage(to) && !isSignInPage(from)) return { state: 'unknown', reason: 'forbidden' };
  return { state: 'moved', reason: 'redirected' };
}

// Parameters that only carry a search term or a campaign: dropping them keeps the page.
const INCIDENTAL_PARAM = /^(?:q|utm_\w+|fbclid|gclid)$/i;

/**
 * The same page under another spelling of its address: http to https, www. or not, the letter case
 * of host and path, a trailing slash, a fragment, or a dropped search term (?q=).
 */
export function samePage(a: string, b: string): boolean {
  const key = (raw: string) => {
    const u = new URL(raw);
    const path = u.pathname.replace(/\/+$/, '').toLowerCase();
    const params = [...u.searchParams].filter(([name]) => !INCIDENTAL_PARAM.test(name));
    return `${siteOf(raw)}:${u.port}${path}?${new URLSearchParams(params).toString()}`;
  };
  return key(a) === key(b);
}

/** Worth another try within the same run. */
export function isTransient(attempt: Attempt): boolean {
  if (attempt.kind === 'error') return attempt.error === 'timeout' || attempt.error === 'network';
  return attempt.status === 408 || attempt.status === 429 || attempt.status >= 500;
}
