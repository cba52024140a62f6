/** The checker's pure parts: classification rules, Retry-After, YouTube probes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { youtubeVideoId } from '../../../lib/catalogue';
import { checkLinks, probeUrlFor, type FetchLike } from '../../../lib/links';
import { classifyAttempt, samePage } from '../../../lib/links/classify';
import { parseRetryAfter } from '../../../lib/links/check';
import { LIVE_VIDEO_ID } from '../../fixtures/link-scenarios';
import { startLinkServer, type LinkServer } from '../../fixtures/link-server';
import { fastOptions, loopbackFetch } from './helpers';

const response = (status: number, finalUrl: string, headers: Record<string, string> = {}) =>
  ({ kind: 'response', status, finalUrl, headers: new Headers(headers) }) as const;

describe('classifyAttempt', () => {
  const url = 'https://www.example.no/tema/side';

  it.each([401, 403, 408, 429, 500, 502, 503, 504, 999])('never calls HTTP %i broken', (status) => {
    expect(classifyAttempt(url, response(status, url)).state).toBe('unknown');
  });

  it('calls a redirect to a language front page such as /no/ broken', () => {
    const verdict = classifyAttempt(url, response(200, 'https://www.example.no/no/'));
    expect(verdict).toMatchObject({ state: 'broken', reason: 'front-page' });
  });

  it('lets a front page that stays the front page be ok', () => {
    expect(classifyAttempt('https://a.no/', response(200, 'https://a.no/no/')).state).not.toBe('broken');
  });

  it.each([
    'https://lovdata.no/dokument/SF/forskrift/2005-04-29-404',
    'https://lovdata.no/dokument/SF/forskrift/2005-04-29-404?q=lis',
    'https://www.example.no/sak/2019-404-12',
    'https://www.stortinget.no/no/Saker-og-publikasjoner/Publikasjoner/Innstillinger/innst-404-s',
    'https://www.example.no/vis?id=404',
    'https://www.example.no/arkiv/sak-404',
    'https://www.example.no/tema/det-som-finnes-ikke-i-loven',
  ])('does not read the number or words in %s as "not found"', (to) => {
    expect(classifyAttempt(url, response(200, to))).toMatchObject({ state: 'moved', reason: 'redirected' });
  });

  it.each([
    'https://www.example.no/404',
    'https://www.example.no/feil/404.html',
    'https://www.example.no/error-404',
    'https://www.example.no/404-side/',
    'https://www.example.no/feil?status=404',
    'https://www.example.no/siden-finnes-ikke',
  ])('still calls a redirect to the not-found page %s broken', (to) => {
    expect(classifyAttempt(url, response(200, to))).toMatchObject({
      state: 'broken',
      reason: 'not-found-page',
    });
  });

  it('never offers an address that is no web page as a new home', () => {
    const verdict = classifyAttempt(url, response(200, 'data:text/html,hei'));
    expect(verdict).toEqual({ state: 'unknown', reason: 'non-web-redirect', httpStatus: 200 });
  });

  it('tells a host that does not exist apart where Node can (broken)', async () => {
    const noSuchHost = async () => {
      throw new TypeError('fetch failed', { cause: { code: 'ENOTFOUND' } });
    };
    const [result] = await checkLinks(['https://gone.example/'], { ...fastOptions(), fetch: noSuchHost });
    expect(result).toMatchObject({ state: 'broken', reason: 'no-such-host' });
  });

  it('sees https upgrades and trailing slashes as the same page', () => {
    expect(samePage('http://a.no/lis', 'https://a.no/lis/')).toBe(true);
    expect(samePage('https://a.no/lis', 'https://a.no/lis/ny')).toBe(false);
  });

  it.each([
    ['a dropped search term', 'https://lovdata.no/dokument/SF/forskrift/2016-12-08-1482'],
    ['www. added', 'https://www.lovdata.no/dokument/SF/forskrift/2016-12-08-1482?q=spesialistforskriften'],
    ['letter case', 'https://lovdata.no/Dokument/SF/Forskrift/2016-12-08-1482?q=spesialistforskriften'],
  ])('calls a redirect that changes only %s ok, not moved', (_change, to) => {
    const from = 'https://lovdata.no/dokument/SF/forskrift/2016-12-08-1482?q=spesialistforskriften';
    expect(classifyAttempt(from, response(200, to))).toMatchObject({ state: 'ok', reason: 'same-page' });
  });

  it('still calls a redirect that drops a parameter naming the page moved', () => {
    const verdict = classifyAttempt('https://a.no/vis?id=7', response(200, 'https://a.no/vis'));
    expect(verdict).toMatchObject({ state: 'moved' });
  });

  it.each([
    'https://www.example.no/login?returnUrl=%2Ftema%2Fside',
    'https://www.example.no/Account/SignIn',
    'https://idporten.no/authorize?client=x',
  ])('calls a redirect to the sign-in page %s unknown (refused), neither moved nor broken', (to) => {
    expect(classifyAttempt(url, response(200, to))).toMatchObject({ state: 'unknown', reason: 'forbidden' });
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-01T12:00:00Z');
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter('Wed, 01 Jan 2025 12:00:15 GMT', now)).toBe(15_000);
    expect(parseRetryAfter('Wed, 01 Jan 2025 11:00:00 GMT', now)).toBe(0);
  });
  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
});

describe('YouTube links', () => {
  let server: LinkServer;
  beforeAll(async () => {
    server = await startLinkServer();
  });
  afterAll(() => server.close());

  it('finds the video id in short and watch links only', () => {
    expect(youtubeVideoId('https://youtu.be/FWodISJ31NY')).toBe('FWodISJ31NY');
    expect(youtubeVideoId('https://www.youtube.com/watch?v=FWodISJ31NY')).toBe('FWodISJ31NY');
    expect(youtubeVideoId('https://www.youtube.com/@kanal')).toBeNull();
    expect(probeUrlFor('https://youtu.be/FWodISJ31NY')).toBe(
      'https://i.ytimg.com/vi/FWodISJ31NY/hqdefault.jpg',
    );
  });

  it('checks the thumbnail, since the watch page is 200 even for a removed video', async () => {
    const live = `https://youtu.be/${LIVE_VIDEO_ID}`;
    const removed = 'https://youtu.be/REMOVEDVID1';
    // YouTube's thumbnail host, answered by the local server: the answer keeps no address of its
    // own (as a synthetic one), so the checker sees the thumbnail's.
    const thumbnails: FetchLike = async (input, init) => {
      const answer = await loopbackFetch(input.replace('https://i.ytimg.com', server.url('')), init);
      return new Response(answer.body, answer);
    };
    const [ok, broken] = await checkLinks([live, removed], { ...fastOptions(), fetch: thumbnails });
    expect(ok).toEqual({
      url: live,
      state: 'ok',
      reason: 'ok',
      httpStatus: 200,
      checkedAt: expect.any(Number),
    });
    expect(broken).toMatchObject({ url: removed, state: 'broken', httpStatus: 404 });
    expect(server.log.hits.get(`/vi/${LIVE_VIDEO_ID}/hqdefault.jpg`)).toBe(1);
  });
});
