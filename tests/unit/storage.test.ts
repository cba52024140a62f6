import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { preferencesItem, readPreferences, saveRole } from '../../lib/storage';

describe('preferences in storage.sync', () => {
  beforeEach(() => fakeBrowser.reset());

  it('falls back to no role when nothing is stored', async () => {
    expect(await readPreferences()).toEqual({ role: null });
  });

  it('remembers a chosen role', async () => {
    await saveRole('lis');
    expect(await readPreferences()).toEqual({ role: 'lis' });
    expect(await fakeBrowser.storage.sync.get('preferences')).toEqual({ preferences: { role: 'lis' } });
  });

  it('migrates the v1 shape (a bare role id) to v2', async () => {
    await fakeBrowser.storage.sync.set({ preferences: 'sykehus-leder' });
    await preferencesItem.migrate();
    expect(await readPreferences()).toEqual({ role: 'sykehus-leder' });
    expect(await fakeBrowser.storage.sync.get('preferences$')).toEqual({ preferences$: { v: 2 } });
  });

  it('migrates an unknown v1 role to no role', async () => {
    await fakeBrowser.storage.sync.set({ preferences: 'overlege' });
    await preferencesItem.migrate();
    expect(await readPreferences()).toEqual({ role: null });
  });

  it.each([
    ['a number', 42],
    ['an unknown role', { role: 'sjef' }],
    ['an array', ['lis']],
    ['a role of the wrong type', { role: 7 }],
  ])('resets %s to the default without throwing', async (_name, corrupt) => {
    await fakeBrowser.storage.sync.set({ preferences: corrupt, preferences$: { v: 2 } });
    expect(await readPreferences()).toEqual({ role: null });
    expect(await fakeBrowser.storage.sync.get('preferences')).toEqual({});
  });
});
