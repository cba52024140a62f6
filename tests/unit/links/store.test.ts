/** Link health in storage: typed, versioned, and a corrupt value resets instead of crashing. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { catalogue } from '../../../lib/catalogue';
import { applyResult } from '../../../lib/links/state';
import {
  linkHealthItem,
  readLinkCheckSettings,
  readLinkHealth,
  readLinkRun,
  readPreferences,
} from '../../../lib/platform/storage';

const url = catalogue.entries[0]?.url as string;
const health = applyResult(undefined, { url, state: 'ok', reason: 'ok', httpStatus: 200, checkedAt: 1 });
const lastRun = { startedAt: 1, finishedAt: 2, verdict: 'trusted', checked: 1 } as const;

describe('link health in storage.local', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts empty', async () => {
    expect(await readLinkHealth()).toEqual({ links: {}, lastRun: null });
    expect(await readLinkRun()).toBeNull();
    expect(await readLinkCheckSettings()).toEqual({ interval: 'weekly' });
  });

  it('keeps what it was given, under its own key', async () => {
    await linkHealthItem.setValue({ links: { [url]: health }, lastRun });
    expect(await readLinkHealth()).toEqual({ links: { [url]: health }, lastRun });
    expect(await fakeBrowser.storage.local.get('linkHealth')).toEqual({
      linkHealth: { links: { [url]: health }, lastRun },
    });
  });

  it('drops records of URLs a catalogue update removed, keeping the rest', async () => {
    const gone = 'https://www.example.no/old-address';
    const old = applyResult(undefined, { url: gone, state: 'broken', reason: 'gone', checkedAt: 1 });
    await fakeBrowser.storage.local.set({ linkHealth: { links: { [url]: health, [gone]: old }, lastRun } });
    expect(Object.keys((await readLinkHealth()).links)).toEqual([url]);
  });

  it.each([
    ['a string', 'broken'],
    ['links as an array', { links: [], lastRun: null }],
    ['an unknown state', { links: { [url]: { ...health, state: 'dead' } }, lastRun: null }],
    ['a record under the wrong URL', { links: { 'https://x.no/': health }, lastRun: null }],
    ['a negative streak', { links: { [url]: { ...health, brokenRuns: -1 } }, lastRun: null }],
    ['a bad last run', { links: {}, lastRun: { ...lastRun, verdict: 'maybe' } }],
  ])('resets %s to empty without throwing', async (_name, corrupt) => {
    await fakeBrowser.storage.local.set({ linkHealth: corrupt, linkHealth$: { v: 1 } });
    expect(await readLinkHealth()).toEqual({ links: {}, lastRun: null });
    expect(await fakeBrowser.storage.local.get('linkHealth')).toEqual({});
  });

  it('resets a corrupt run in progress and corrupt settings', async () => {
    await fakeBrowser.storage.local.set({ linkRun: { startedAt: 'yesterday', urls: [], results: [] } });
    await fakeBrowser.storage.sync.set({ linkCheckSettings: { interval: 'hourly' } });
    expect(await readLinkRun()).toBeNull();
    expect(await readLinkCheckSettings()).toEqual({ interval: 'weekly' });
  });

  it('leaves the preferences alone', async () => {
    const preferences = { role: 'lis', language: 'nn' };
    await fakeBrowser.storage.sync.set({ preferences, preferences$: { v: 3 } });
    await fakeBrowser.storage.local.set({ linkHealth: 'junk' });
    await readLinkHealth();
    expect(await readPreferences()).toEqual(preferences);
  });
});
