/** Link health in storage: typed, versioned, and a record it cannot read dropped link by link instead of crashing. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { catalogue } from '../../../lib/catalogue';
import { applyResult, linkCheckSettingsItem, linkHealthItem, linkRunItem } from '../../../lib/links';
import { preferencesItem } from '../../../lib/prefs';

const url = catalogue.entries[0]?.url as string;
const other = catalogue.entries[1]?.url as string;
const health = applyResult(undefined, { url, state: 'ok', reason: 'ok', httpStatus: 200, checkedAt: 1 });
const otherHealth = applyResult(undefined, { url: other, state: 'ok', reason: 'ok', checkedAt: 1 });
const lastRun = { finishedAt: 2, verdict: 'trusted', checked: 1 } as const;
const YEAR = 365 * 24 * 60 * 60 * 1000;

describe('link health in storage.local', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts empty', async () => {
    expect(await linkHealthItem.getValue()).toEqual({ links: {}, lastRun: null });
    expect(await linkRunItem.getValue()).toBeNull();
    expect(await linkCheckSettingsItem.getValue()).toEqual({ interval: 'weekly' });
  });

  it('keeps what it was given, under its own key', async () => {
    await linkHealthItem.setValue({ links: { [url]: health }, lastRun });
    expect(await linkHealthItem.getValue()).toEqual({ links: { [url]: health }, lastRun });
    expect(await fakeBrowser.storage.local.get('linkHealth')).toEqual({
      linkHealth: { links: { [url]: health }, lastRun },
    });
  });

  it.each([
    ['a string', 'broken'],
    ['links as an array', { links: [], lastRun: null }],
  ])('repairs %s to empty without throwing', async (_name, corrupt) => {
    await fakeBrowser.storage.local.set({ linkHealth: corrupt });
    expect(await linkHealthItem.getValue()).toEqual({ links: {}, lastRun: null });
  });

  it.each([
    ['an unknown state', { ...health, state: 'dead' }],
    ['a latest check of another URL', { ...health, latest: { ...health.latest, url: other } }],
    ['a latest check with no time', { ...health, latest: { ...health.latest, checkedAt: 'now' } }],
    [
      'a latest check a year ahead (a wrong clock)',
      { ...health, latest: { ...health.latest, checkedAt: Date.now() + YEAR } },
    ],
    ['a time of 1e300', { ...health, state: 'broken', lastBrokenAt: 1e300 }],
    ['a negative streak', { ...health, brokenRuns: -1 }],
    ['a javascript: address it moved to', { ...health, state: 'moved', movedTo: 'javascript:alert(1)' }],
    ['an address it moved to that is none', { ...health, state: 'moved', movedTo: 'ikke en adresse' }],
    ['an address it moved to that is no text', { ...health, state: 'moved', movedTo: 42 }],
    [
      'a data: address it ended at',
      { ...health, latest: { ...health.latest, finalUrl: 'data:text/html,x' } },
    ],
  ])('drops only the link with %s, keeping every other link', async (_name, corrupt) => {
    await linkHealthItem.setValue({
      links: { [url]: corrupt as typeof health, [other]: otherHealth },
      lastRun,
    });
    expect(await linkHealthItem.getValue()).toEqual({ links: { [other]: otherHealth }, lastRun });
  });

  it.each([
    ['a year ahead', Date.now() + YEAR],
    ['1e300', 1e300],
  ])(
    'forgets a last run that finished %s, so the next check is not put off by it',
    async (_name, finishedAt) => {
      await linkHealthItem.setValue({ links: { [url]: health }, lastRun: { ...lastRun, finishedAt } });
      expect(await linkHealthItem.getValue()).toEqual({ links: { [url]: health }, lastRun: null });
    },
  );

  it('keeps a time a few hours ahead: clocks differ a little', async () => {
    const soon = { ...lastRun, finishedAt: Date.now() + 6 * 60 * 60 * 1000 };
    await linkHealthItem.setValue({ links: {}, lastRun: soon });
    expect((await linkHealthItem.getValue()).lastRun).toEqual(soon);
  });

  it('forgets a bad last run and keeps the links', async () => {
    await linkHealthItem.setValue({
      links: { [url]: health },
      lastRun: { ...lastRun, verdict: 'maybe' as 'trusted' },
    });
    expect(await linkHealthItem.getValue()).toEqual({ links: { [url]: health }, lastRun: null });
  });

  it('resets a corrupt run in progress and corrupt settings', async () => {
    await fakeBrowser.storage.local.set({ linkRun: { startedAt: 'yesterday', urls: [], results: [] } });
    await fakeBrowser.storage.sync.set({ linkCheckSettings: { interval: 'hourly' } });
    expect(await linkRunItem.getValue()).toBeNull();
    expect(await linkCheckSettingsItem.getValue()).toEqual({ interval: 'weekly' });
  });

  it('leaves the preferences alone', async () => {
    const preferences = { role: 'lis', language: 'nn' };
    await fakeBrowser.storage.sync.set({ preferences });
    await fakeBrowser.storage.local.set({ linkHealth: 'junk' });
    await linkHealthItem.getValue();
    expect(await preferencesItem.getValue()).toEqual(preferences);
  });
});
