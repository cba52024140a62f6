export type LinkState = 'ok' | 'moved' | 'broken' | 'unknown';

/** Why a link got its state, in words a maintainer can act on. */
export type LinkReason =
  | 'ok'
  | 'same-page'
  | 'redirected'
  /** 404 or 410. */
  | 'not-found'
  /** Any other answer that is no page: its status says why (401, 429, 503 ...). */
  | 'http-status'
  | 'front-page'
  | 'not-found-page'
  /** A redirect to a sign-in page: refused, as a 401 would be. */
  | 'forbidden'
  | 'no-such-host'
  | 'bot-protection'
  | 'timeout'
  | 'network'
  | 'redirect-loop'
  | 'too-many-redirects'
  /** A redirect to something that is no web address (data:, file:, javascript:, ...). */
  | 'non-web-redirect'
  /** A redirect, in the browser, to a site Spes has no permission to read. */
  | 'redirect-elsewhere';

export interface LinkResult {
  url: string;
  state: LinkState;
  reason: LinkReason;
  httpStatus?: number;
  /** Where redirects ended, when that differs from `url`. */
  finalUrl?: string;
  /** Milliseconds since the epoch. */
  checkedAt: number;
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface CheckOptions {
  fetch?: FetchLike;
  /** Per request, headers included. Default 15 s. */
  timeoutMs?: number;
  /** Least time between two requests to the same host. Default 1 s. */
  minGapMs?: number;
  /** First backoff; doubles on each retry. Default 2 s. */
  backoffMs?: number;
  /**
   * 'follow' (the default) works everywhere; 'manual' walks the hops itself, to tell loops apart,
   * in Node only (a browser hides a manual redirect's target).
   */
  redirect?: 'follow' | 'manual';
  /**
   * Set in the browser, whose fetch reports a redirect to a host outside the extension's
   * permissions as a network failure: such a failure is then told apart (lib/links/http.ts).
   */
  hiddenRedirects?: boolean;
  sleep?: (ms: number) => Promise<void>;
  /** Called as soon as each link is done, so a caller can save progress. */
  onResult?: (result: LinkResult) => void | Promise<void>;
  /** Stops the run: no request starts once it is aborted, and checkLinks rejects. */
  signal?: AbortSignal;
}

/** The options checkLinks fills in when absent; the others read their absence as their default. */
type Defaulted = 'fetch' | 'timeoutMs' | 'minGapMs' | 'backoffMs' | 'sleep';
export type Settings = CheckOptions & Required<Pick<CheckOptions, Defaulted>>;
