/**
 * Host permissions cover every URL a link run checks (each entry's and each successor's) and
 * nothing broader; the schedule is sane.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogue } from '../../../lib/catalogue';
import { parseCatalogue } from '../../../lib/catalogue/parse';
import { hostPermissionsFor } from '../../../lib/build/host-permissions';
import { nextRunAt, probeUrlFor, urlsToCheck } from '../../../lib/links';
import raw from '../../../assets/catalogue.json' with { type: 'json' };
// Imported with the file, not inside the test, so that compiling it counts as loading the file
// rather than against the test's time limit.
import config from '../../../wxt.config';

// 'are what the manifest asks for' and the shortcut's tests read the manifest function of wxt.config.ts. Two packages the
// config imports cost about 1.4 s to load (many times that on a busy machine) and play no part in
// that function, so they are stubbed here; the Build step of `npm test` loads the real ones:
// - `wxt`: its defineConfig returns the config unchanged, as the stub does;
// - `@preact/preset-vite`: called only by the config's `vite` hook, which this test never runs.
vi.mock('wxt', () => ({ defineConfig: <T>(config: T) => config }));
vi.mock('@preact/preset-vite', () => ({ default: () => ({ name: 'preact (not loaded in this test)' }) }));

const urls = urlsToCheck(catalogue);
const permissions = hostPermissionsFor(urls);
const successorUrls = catalogue.entries.flatMap((e) => (e.successors ?? []).map((s) => s.url));

/** What Chrome does with a host permission: scheme and exact host must match (no wildcards here). */
const covers = (pattern: string, url: string) => {
  const m = /^(https?):\/\/([^/*]+)\/\*$/.exec(pattern);
  const u = new URL(url);
  return m !== null && `${m[1]}:` === u.protocol && m[2] === u.hostname;
};

describe('host permissions', () => {
  it.each(urls)('cover the URL the check of %s requests', (url) => {
    expect(permissions.some((p) => covers(p, probeUrlFor(url)))).toBe(true);
  });

  it('leave out the host of a video, which is checked through its thumbnail and never requested', () => {
    expect(urls.some((u) => new URL(u).hostname === 'youtu.be')).toBe(true);
    expect(permissions).not.toContain('https://youtu.be/*');
    expect(permissions).toContain('https://i.ytimg.com/*');
  });

  it('ask for nothing broader: exact https hosts, no <all_urls>, no wildcards', () => {
    for (const p of permissions) expect(p).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
  });

  it('ask for no host that the check does not request', () => {
    const needed = new Set(urls.map((u) => new URL(probeUrlFor(u)).hostname));
    expect(permissions.map((p) => new URL(p.replace('/*', '/')).hostname).sort()).toEqual([...needed].sort());
  });

  it('are checked for every successor too, so a successor on a new host cannot slip past', () => {
    expect(successorUrls.length).toBeGreaterThan(0);
    expect(urls).toEqual(expect.arrayContaining(successorUrls));
    for (const url of successorUrls)
      expect(
        permissions.some((p) => covers(p, url)),
        url,
      ).toBe(true);
  });

  it('grow with the data: a successor on a host no entry has adds exactly that host', () => {
    const data = structuredClone(raw) as unknown as { entries: Record<string, unknown>[] };
    const entry = data.entries[0] as Record<string, unknown>;
    const url = 'https://ny.example.no/side';
    const $sources = [{ url, checked: '2026-12-01', fact: 'Leste siden.' }];
    entry.successors = [{ title: 'Ny side', url, since: '2026', $sources }];
    const grown = hostPermissionsFor(urlsToCheck(parseCatalogue(data)));
    expect(grown.filter((p) => !permissions.includes(p))).toEqual(['https://ny.example.no/*']);
  });

  it('are what the manifest asks for', async () => {
    const env = { browser: 'chrome', manifestVersion: 3, mode: 'production', command: 'build' } as const;
    const asked = typeof config.manifest === 'function' ? await config.manifest(env) : config.manifest;
    const manifest = asked as { host_permissions?: string[]; permissions?: string[] };
    expect(manifest.host_permissions).toEqual(permissions);
    expect(manifest.permissions).toContain('alarms');
  });
});

describe("the manifest's popup shortcut", () => {
  it('is `_execute_action` in Manifest V3 and `_execute_browser_action` in V2 (Firefox)', async () => {
    const commandsIn = async (browser: 'chrome' | 'firefox', manifestVersion: 2 | 3) => {
      const env = { browser, manifestVersion, mode: 'production', command: 'build' } as const;
      const asked = typeof config.manifest === 'function' ? await config.manifest(env) : config.manifest;
      return Object.keys((asked as { commands?: object }).commands ?? {});
    };
    expect(await commandsIn('chrome', 3)).toEqual(['_execute_action']);
    expect(await commandsIn('firefox', 2)).toEqual(['_execute_browser_action']);
  });
});

describe('nextRunAt', () => {
  const MIN = 60_000;
  const now = Date.UTC(2025, 0, 6, 12);
  // The first run's spread is Math.random's, pinned here to its ends.
  const random = (value: number) => vi.spyOn(Math, 'random').mockReturnValue(value);
  afterEach(() => vi.restoreAllMocks());

  it('runs first 3 to 8 minutes after install', () => {
    random(0);
    expect(nextRunAt('weekly', null, now)).toBe(now + 3 * MIN);
    random(0.999);
    expect(nextRunAt('weekly', null, now)).toBeLessThan(now + 8 * MIN);
  });

  it('then one period after the last run, never in the past', () => {
    random(0);
    expect(nextRunAt('daily', now - 60 * MIN, now)).toBe(now + 23 * 60 * MIN);
    expect(nextRunAt('weekly', now - 30 * 24 * 60 * MIN, now)).toBe(now + 3 * MIN);
  });
});
