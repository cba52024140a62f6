/** Consecutive-run rules and run trust (lib/links/state.ts). */
import { describe, expect, it } from 'vitest';
import {
  applyResult,
  applyRun,
  judgeRun,
  type LinkHealth,
  type LinkResult,
  type LinkState,
} from '../../../lib/links';

const HOUR = 60 * 60 * 1000;
const URL_A = 'https://www.example.no/a';
const result = (state: LinkState, hoursIn: number, extra: Partial<LinkResult> = {}): LinkResult => ({
  url: URL_A,
  state,
  reason: state === 'broken' ? 'not-found' : state === 'unknown' ? 'http-status' : 'ok',
  checkedAt: Date.UTC(2025, 0, 6) + hoursIn * HOUR,
  ...extra,
});

/** Applies results one after another, as runs, and returns the final health. */
const runs = (...results: LinkResult[]): LinkHealth | undefined =>
  results.reduce<LinkHealth | undefined>((prev, r) => applyResult(prev, r), undefined);

describe('a link is shown broken only after two runs hours apart', () => {
  it('one broken run is not enough', () => {
    expect(runs(result('ok', 0), result('broken', 168))?.state).toBe('ok');
  });

  it('two broken runs hours apart are', () => {
    const health = runs(result('ok', 0), result('broken', 168), result('broken', 174));
    expect(health).toMatchObject({ state: 'broken', brokenRuns: 2 });
  });

  it('two broken findings minutes apart count as one run', () => {
    const health = runs(result('broken', 0), result('broken', 0.5));
    expect(health).toMatchObject({ state: 'unknown', brokenRuns: 1 });
  });

  it('one good run clears it', () => {
    const health = runs(result('broken', 0), result('broken', 24), result('ok', 48));
    expect(health).toMatchObject({ state: 'ok', brokenRuns: 0 });
    expect(runs(result('broken', 0), result('ok', 24), result('broken', 48))?.state).toBe('ok');
  });

  it('an unknown run neither confirms nor clears', () => {
    expect(runs(result('broken', 0), result('unknown', 24), result('broken', 48))?.state).toBe('broken');
    expect(runs(result('broken', 0), result('broken', 24), result('unknown', 48))?.state).toBe('broken');
  });

  it('a moved link says where it went, and keeps saying it through an unknown run', () => {
    const moved = result('moved', 0, { finalUrl: 'https://www.example.no/b' });
    expect(runs(moved, result('unknown', 24))).toMatchObject({
      state: 'moved',
      movedTo: 'https://www.example.no/b',
    });
  });

  it('applyRun updates each URL of a run', () => {
    const map = applyRun({}, [result('ok', 0), result('broken', 0, { url: 'https://x.no/' })]);
    expect(Object.keys(map)).toEqual([URL_A, 'https://x.no/']);
  });

  it('applyRun drops records of URLs a catalogue update removed, keeping the rest', () => {
    const gone = 'https://www.example.no/old-address';
    const before = applyRun({}, [result('broken', 0), result('broken', 0, { url: gone })]);
    const after = applyRun(before, [result('broken', 24)]);
    expect(after).toEqual({ [URL_A]: applyResult(before[URL_A], result('broken', 24)) });
    expect(after[URL_A]).toMatchObject({ state: 'broken', brokenRuns: 2 });
  });
});

describe('judgeRun: a run from behind a broken connection changes nothing', () => {
  const others = (state: LinkState, extra: Partial<LinkResult> = {}) =>
    ['https://a.no/1', 'https://b.no/2', 'https://c.no/3'].map((url) => result(state, 0, { url, ...extra }));

  it('distrusts a run the browser made offline', () => {
    expect(judgeRun(others('ok'), false)).toBe('offline');
  });

  it('distrusts a run where every link failed the same way', () => {
    expect(judgeRun(others('unknown', { reason: 'network' }), true)).toBe('all-failed-alike');
    const portal = { reason: 'redirected', finalUrl: 'http://login.portal.example/' } as const;
    expect(judgeRun(others('moved', portal), true)).toBe('all-failed-alike');
  });

  it('trusts a run with some links working, or failing in different ways', () => {
    const mixed = [...others('broken'), result('ok', 0)];
    expect(judgeRun(mixed, true)).toBe('trusted');
    expect(judgeRun([result('broken', 0), result('unknown', 0, { url: 'https://b.no/' })], true)).toBe(
      'trusted',
    );
  });
});
