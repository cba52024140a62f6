import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { policy } from '../../../lib/policy';

const readManagedSettings = () => policy.getValue();

const linkCheckEnabled = async () => (await readManagedSettings()).checkLinks;

describe('managed settings from browser.storage.managed', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('reads a policy', async () => {
    await fakeBrowser.storage.managed.set({ defaultRole: 'lis', lockRole: true, checkLinks: false });
    expect(await readManagedSettings()).toEqual({
      ...policy.fallback,
      defaultRole: 'lis',
      lockRole: true,
      checkLinks: false,
    });
    expect(await linkCheckEnabled()).toBe(false);
  });

  it('checks links when no policy says otherwise', async () => {
    expect(await readManagedSettings()).toEqual(policy.fallback);
    expect(await linkCheckEnabled()).toBe(true);
  });

  it("survives Firefox's rejection when no policy names Spes", async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(
      new Error('Managed storage manifest not found'),
    );
    expect(await readManagedSettings()).toEqual(policy.fallback);
  });

  it('survives a browser without storage.managed', async () => {
    vi.spyOn(fakeBrowser.storage, 'managed', 'get').mockReturnValue(undefined as never);
    expect(await readManagedSettings()).toEqual(policy.fallback);
    expect(await linkCheckEnabled()).toBe(true);
  });

  it('ignores an invalid value and keeps the rest', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.managed.set({ defaultRole: 'overlege', checkLinks: false });
    expect(await readManagedSettings()).toEqual({ ...policy.fallback, checkLinks: false });
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('"defaultRole" "overlege"'));
  });

  it('tells a watcher when the policy changes, and stops when asked', async () => {
    const seen: unknown[] = [];
    const stop = policy.watch((s) => seen.push(s.defaultRole));
    await fakeBrowser.storage.managed.set({ defaultRole: 'lis' });
    await vi.waitFor(() => expect(seen).toEqual(['lis']));
    stop();
    await fakeBrowser.storage.managed.set({ defaultRole: 'alle' });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual(['lis']);
  });
});
