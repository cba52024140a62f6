/** The checker against a real local HTTP server, in both redirect modes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, watchForNoNetwork, type FetchLike, type LinkResult } from '../../../lib/links';
import { BIG_BODY_BYTES } from '../../fixtures/link-scenarios';
import { startLinkServer, type LinkServer } from '../../fixtures/link-server';
import { closedPort, eventually, fastOptions, loopbackFetch, SHORT_TIMEOUT_MS } from './helpers';

let server: LinkServer;
beforeAll(async () => {
  server = await startLinkServer();
});
afterAll(() => server.close());

type Expected = Partial<Omit<LinkResult, 'finalUrl'>> & { finalPath?: string; hits: number };

// path -> what the checker must say, and how many requests the server must have seen.
const TABLE: Record<string, Expected> = {
  '/ok': { state: 'ok', httpStatus: 200, hits: 1 },
  '/moved': { state: 'moved', reason: 'redirected', httpStatus: 200, finalPath: '/new-home', hits: 1 },
  '/chain': { state: 'moved', httpStatus: 200, finalPath: '/chain-end', hits: 1 },
  '/missing': { state: 'broken', reason: 'not-found', httpStatus: 404, hits: 1 },
  '/gone': { state: 'broken', reason: 'not-found', httpStatus: 410, hits: 1 },
  '/flaky': { state: 'ok', httpStatus: 200, hits: 2 },
  '/down': { state: 'unknown', reason: 'http-status', httpStatus: 503, hits: 3 },
  '/busy': { state: 'ok', httpStatus: 200, hits: 2 },
  '/no-head': { state: 'ok', httpStatus: 200, hits: 1 },
  '/forbidden': { state: 'unknown', reason: 'http-status', httpStatus: 403, hits: 1 },
  '/challenge': { state: 'unknown', reason: 'bot-protection', hits: 1 },
  '/slow': { state: 'unknown', reason: 'timeout', hits: 3 },
  '/reset': { state: 'unknown', reason: 'network', hits: 3 },
  '/old-page': { state: 'broken', reason: 'front-page', finalPath: '/', hits: 1 },
  '/retired': { state: 'broken', reason: 'not-found-page', finalPath: '/side-ikke-funnet', hits: 1 },
  '/trailing': { state: 'ok', reason: 'same-page', finalPath: '/trailing/', hits: 1 },
  '/forskrift-gammel': {
    state: 'moved',
    reason: 'redirected',
    finalPath: '/dokument/SF/forskrift/2005-04-29-404',
    hits: 1,
  },
  '/til-feilside': { state: 'broken', reason: 'not-found-page', finalPath: '/feil/404.html', hits: 1 },
  // Checked once, never retried as a network failure, never offered as where the page went.
  '/to-data': { state: 'unknown', reason: 'non-web-redirect', hits: 1 },
  '/to-file': { state: 'unknown', reason: 'non-web-redirect', hits: 1 },
  '/to-chrome': { state: 'unknown', reason: 'non-web-redirect', hits: 1 },
  '/to-javascript': { state: 'unknown', reason: 'non-web-redirect', hits: 1 },
  '/to-nowhere': { state: 'unknown', reason: 'non-web-redirect', hits: 1 },
};

describe.each(['follow', 'manual'] as const)('checkLinks with redirect: %s', (redirect) => {
  const at = (path: string) => server.url(`${path}?mode=${redirect}`);
  let results: Map<string, LinkResult>;
  let waits: number[];

  beforeAll(async () => {
    const options = fastOptions({ redirect });
    // '/slow' gets the short deadline it must miss; the others the long one, which a busy machine
    // cannot make them miss.
    const paths = Object.keys(TABLE).filter((path) => path !== '/slow');
    const list = [
      ...(await checkLinks(paths.map(at), options)),
      ...(await checkLinks([at('/slow')], { ...options, timeoutMs: SHORT_TIMEOUT_MS })),
    ];
    results = new Map(list.map((r) => [new URL(r.url).pathname, r]));
    waits = options.waits;
  });

  it.each(Object.entries(TABLE))('%s', (path, { finalPath, hits, ...expected }) => {
    const result = results.get(path);
    expect(result).toMatchObject(expected);
    expect(result?.finalUrl && new URL(result.finalUrl).pathname).toBe(finalPath);
    expect(server.log.hits.get(`${path}?mode=${redirect}`)).toBe(hits);
  });

  it('asks with GET only, never HEAD', () => {
    expect(server.log.methods.get(`/no-head?mode=${redirect}`)).toEqual(['GET']);
  });

  it('waits as long as Retry-After asks before retrying', () => {
    expect(waits).toContain(1000);
  });

  it('calls a redirect loop unknown (cookie walls loop without credentials), not broken', async () => {
    const [result] = await checkLinks([at('/loop')], fastOptions({ redirect }));
    expect(result?.state).toBe('unknown');
    expect(result?.reason).toBe(redirect === 'manual' ? 'redirect-loop' : 'too-many-redirects');
  });
});

describe('checkLinks, one request at a time', () => {
  it('stops reading a 50 MB body once the headers are in', async () => {
    const [result] = await checkLinks([server.url('/big')], fastOptions({ timeoutMs: 5000 }));
    expect(result?.state).toBe('ok');
    await eventually(() => server.log.bigBody.closedEarly || server.log.bigBody.finished);
    expect(server.log.bigBody.closedEarly).toBe(true);
    expect(server.log.bigBody.bytesSent).toBeLessThan(BIG_BODY_BYTES / 10);
  });

  it('requests a URL listed twice once, and answers in input order', async () => {
    const twice = server.url('/ok/twice');
    const other = server.url('/ok/other', 'localhost');
    const results = await checkLinks([twice, other, twice], fastOptions());
    expect(results.map((r) => r.url)).toEqual([twice, other]);
    expect(server.log.hits.get('/ok/twice')).toBe(1);
  });

  it('keeps one request in flight per host, with the gap between them', async () => {
    // A server of its own, so that connections left by earlier tests do not count.
    const server = await startLinkServer();
    const paths = ['/slowish/1', '/slowish/2', '/slowish/3'];
    const urls = paths.flatMap((p) => [server.url(p), server.url(p, 'localhost')]);
    const results = await checkLinks(urls, { ...fastOptions(), minGapMs: 150, sleep: undefined });
    expect(results.every((r) => r.state === 'ok')).toBe(true);
    for (const host of [`127.0.0.1:${server.port}`, `localhost:${server.port}`]) {
      expect(server.log.maxInFlight.get(host)).toBe(1);
      const starts = server.log.starts.get(host)?.slice(-3) ?? [];
      const gaps = starts.slice(1).map((t, i) => t - (starts[i] ?? 0));
      expect(gaps.every((g) => g >= 150)).toBe(true);
    }
    await server.close();
  });

  it('honours a Retry-After given as an HTTP date', async () => {
    const options = fastOptions();
    const [result] = await checkLinks([server.url('/busy-date')], options);
    expect(result?.state).toBe('ok');
    expect(options.waits[0]).toBeGreaterThan(1000);
    expect(options.waits[0]).toBeLessThanOrEqual(3000);
  });

  it('leaves a link unknown, without retrying, when Retry-After is longer than 20 s', async () => {
    const [result] = await checkLinks([server.url('/busy-long')], fastOptions());
    expect(result).toMatchObject({ state: 'unknown', reason: 'http-status', httpStatus: 429 });
    expect(server.log.hits.get('/busy-long')).toBe(1);
  });

  it('sends no cookies and keeps caches out of it', async () => {
    const inits: (RequestInit | undefined)[] = [];
    const options = fastOptions();
    const fetch = options.fetch as FetchLike;
    await checkLinks([server.url('/ok/plain')], {
      ...options,
      fetch: (u, init) => (inits.push(init), fetch(u, init)),
    });
    expect(inits[0]).toMatchObject({ method: 'GET', credentials: 'omit', cache: 'no-store' });
    expect(server.log.headers.get('/ok/plain')?.cookie).toBeUndefined();
  });

  it('reports each result as soon as it is known', async () => {
    const seen: string[] = [];
    const urls = [server.url('/ok/a'), server.url('/ok/b')];
    await checkLinks(urls, { ...fastOptions(), onResult: (r) => void seen.push(r.url) });
    expect(seen).toEqual(urls);
  });
});

describe.each(['manual', 'follow'] as const)(
  'one request at a time per host across redirects (%s)',
  (redirect) => {
    it("keeps a hop to another host in that host's turn", async () => {
      // A server of its own, so that only this test's requests count.
      const server = await startLinkServer();
      const hops = [1, 2, 3, 4].map((i) => server.url(`/cross/${redirect}-${i}`));
      const own = [1, 2, 3, 4, 5, 6, 7, 8].map((i) => server.url(`/slowish/own-${i}`, 'localhost'));
      const results = await checkLinks([...hops, ...own], { ...fastOptions({ redirect }), sleep: undefined });
      await server.close();
      expect(results.map((r) => r.state)).toEqual([...hops.map(() => 'moved'), ...own.map(() => 'ok')]);
      // Walked hop by hop, every hop waits for its host's turn. Followed by the fetch itself, the
      // hops are unseen, so followed requests run one at a time overall (lib/links/hosts.ts). Either
      // way no two requests ever meet on a host, however slow or busy the machine.
      expect(server.log.maxInFlight.get(`localhost:${server.port}`)).toBe(1);
      expect(server.log.overlaps.get(`localhost:${server.port}`) ?? 0).toBe(0);
    });
  },
);

describe('stopping a run', () => {
  it('starts no request once the signal is aborted, and rejects with its reason', async () => {
    const server = await startLinkServer();
    const urls = [1, 2, 3, 4, 5, 6].map((i) => server.url(`/slowish/stop-${i}`));
    const stop = new AbortController();
    const onResult = () => stop.abort('stopped');
    const run = checkLinks(urls, { ...fastOptions(), onResult, signal: stop.signal });
    await expect(run).rejects.toBe('stopped');
    const asked = [...server.log.hits.keys()].filter((k) => k.startsWith('/slowish/stop-'));
    await server.close();
    expect(asked).toEqual(['/slowish/stop-1']);
  });

  it('stops while waiting to retry, and asks no more', async () => {
    const stop = new AbortController();
    const sleep = async () => void stop.abort('stopped');
    const run = checkLinks([server.url('/down?stop')], { ...fastOptions({ sleep }), signal: stop.signal });
    await expect(run).rejects.toBe('stopped');
    expect(server.log.hits.get('/down?stop')).toBe(1);
  });

  it('cancels a request in flight', async () => {
    const stop = new AbortController();
    const run = checkLinks([server.url('/slow')], {
      ...fastOptions({ timeoutMs: 10_000 }),
      signal: stop.signal,
    });
    await eventually(() => server.log.hits.has('/slow'));
    stop.abort('stopped');
    await expect(run).rejects.toBe('stopped');
  });
});

describe('no network', () => {
  it('is told after the first few requests fail, on two hosts, and the run can stop there', async () => {
    const port = await closedPort();
    const urls = [1, 2, 3, 4, 5].flatMap((i) => [
      `http://127.0.0.1:${port}/${i}`,
      // Another loopback address, refused as fast as the first (localhost may try IPv6 first).
      `http://127.0.0.2:${port}/${i}`,
    ]);
    const stop = new AbortController();
    let asked = 0;
    const counting: FetchLike = (url, init) => (asked++, loopbackFetch(url, init));
    const fetch = watchForNoNetwork(counting, () => stop.abort('no network'));
    const run = checkLinks(urls, { ...fastOptions(), fetch, signal: stop.signal });
    await expect(run).rejects.toBe('no network');
    // Two lanes at once: the third failure stops it, with at most the other lane's request beside it.
    expect(asked).toBeLessThanOrEqual(4);
  });

  it('is not told for one dead host among live ones, nor after any answer', async () => {
    const port = await closedPort();
    const told: string[] = [];
    const fetch = watchForNoNetwork(loopbackFetch, () => told.push('no network'));
    const dead = [1, 2, 3].map((i) => `http://127.0.0.1:${port}/${i}`);
    const results = await checkLinks([...dead, server.url('/ok/alive', 'localhost')], {
      ...fastOptions(),
      fetch,
    });
    expect(results.map((r) => r.state)).toEqual(['unknown', 'unknown', 'unknown', 'ok']);
    expect(told).toEqual([]);
  });

  it('does not count a timeout: a slow network is still a network', async () => {
    const told: string[] = [];
    const fetch = watchForNoNetwork(loopbackFetch, () => told.push('no network'), 1);
    await checkLinks([server.url('/slow'), server.url('/slow', 'localhost')], {
      ...fastOptions(),
      fetch,
      hiddenRedirects: true,
    });
    expect(told).toEqual([]);
  });
});

describe('a redirect, in a browser, to a host outside its permissions', () => {
  // What Chromium does in the extension: a followed redirect to a host the extension may not read
  // is requested, then reported as a network failure; asked not to follow, it answers an opaque
  // redirect without saying where to.
  function browserFetch(redirectsElsewhere: boolean) {
    const asked: string[] = [];
    const fetch: FetchLike = async (input, init) => {
      asked.push(`${init?.redirect} ${input}`);
      if (init?.redirect === 'manual' && redirectsElsewhere) {
        return {
          type: 'opaqueredirect',
          status: 0,
          url: '',
          headers: new Headers(),
          body: null,
        } as unknown as Response;
      }
      if (redirectsElsewhere) asked.push('other host');
      throw new TypeError('Failed to fetch');
    };
    return { fetch, asked };
  }

  it('asks the other host once, retries nothing, and calls the link unknown, never moved', async () => {
    const { fetch, asked } = browserFetch(true);
    const [result] = await checkLinks(['https://a.example/side'], {
      ...fastOptions(),
      fetch,
      hiddenRedirects: true,
    });
    expect(result).toMatchObject({ state: 'unknown', reason: 'redirect-elsewhere' });
    expect(asked).toEqual(['follow https://a.example/side', 'other host', 'manual https://a.example/side']);
  });

  it('still retries a real network failure', async () => {
    const { fetch, asked } = browserFetch(false);
    const [result] = await checkLinks(['https://a.example/side'], {
      ...fastOptions(),
      fetch,
      hiddenRedirects: true,
    });
    expect(result).toMatchObject({ state: 'unknown', reason: 'network' });
    expect(asked.filter((a) => a.startsWith('follow'))).toHaveLength(3);
  });
});
