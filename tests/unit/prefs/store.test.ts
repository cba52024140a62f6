import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  preferencesItem,
  readPreferences,
  repairPreferences,
  saveLanguage,
  saveRole,
} from '../../../lib/prefs';

describe('preferences in storage.sync', () => {
  beforeEach(() => fakeBrowser.reset());

  it('falls back to no role and the browser language when nothing is stored', async () => {
    expect(await readPreferences()).toEqual({ role: null, language: 'auto' });
  });

  it('remembers a chosen role', async () => {
    await saveRole('lis');
    expect(await readPreferences()).toEqual({ role: 'lis', language: 'auto' });
    expect(await fakeBrowser.storage.sync.get('preferences')).toEqual({
      preferences: { role: 'lis', language: 'auto' },
    });
  });

  it('remembers a chosen language beside the role', async () => {
    await saveRole('lis');
    await saveLanguage('nn');
    expect(await readPreferences()).toEqual({ role: 'lis', language: 'nn' });
  });

  it('migrates the v1 shape (a bare role id) through v2 to v3', async () => {
    await fakeBrowser.storage.sync.set({ preferences: 'sykehus-leder' });
    await preferencesItem.migrate();
    expect(await readPreferences()).toEqual({ role: 'sykehus-leder', language: 'auto' });
    expect(await fakeBrowser.storage.sync.get('preferences$')).toEqual({ preferences$: { v: 3 } });
  });

  it('migrates the v2 shape ({ role }) to v3, following the browser language', async () => {
    await fakeBrowser.storage.sync.set({ preferences: { role: 'lis' }, preferences$: { v: 2 } });
    await preferencesItem.migrate();
    expect(await readPreferences()).toEqual({ role: 'lis', language: 'auto' });
    expect(await fakeBrowser.storage.sync.get('preferences$')).toEqual({ preferences$: { v: 3 } });
  });

  it('migrates an unknown v1 role to no role', async () => {
    await fakeBrowser.storage.sync.set({ preferences: 'overlege' });
    await preferencesItem.migrate();
    expect(await readPreferences()).toEqual({ role: null, language: 'auto' });
  });

  it.each([
    ['a number', 42],
    ['an array', ['lis']],
  ])('resets %s to the default without throwing', async (_name, corrupt) => {
    await fakeBrowser.storage.sync.set({ preferences: corrupt, preferences$: { v: 3 } });
    expect(await readPreferences()).toEqual({ role: null, language: 'auto' });
    expect(await fakeBrowser.storage.sync.get('preferences')).toEqual({
      preferences: { role: null, language: 'auto' },
    });
  });

  it.each([
    [
      'an unknown language keeps the role',
      { role: 'lis', language: 'de' },
      { role: 'lis', language: 'auto' },
    ],
    ['a missing language keeps the role', { role: 'lis' }, { role: 'lis', language: 'auto' }],
    ['an unknown role keeps the language', { role: 'sjef', language: 'nn' }, { role: null, language: 'nn' }],
    [
      'a role of the wrong type keeps the language',
      { role: 7, language: 'en' },
      { role: null, language: 'en' },
    ],
  ])('repairs only the bad field: %s', async (_name, stored, repaired) => {
    await fakeBrowser.storage.sync.set({ preferences: stored, preferences$: { v: 3 } });
    expect(await readPreferences()).toEqual(repaired);
    expect(repairPreferences(stored)).toEqual(repaired);
  });

  it('keeps the role of a bare role id under the current version marker (a downgrade, two versions syncing)', async () => {
    await fakeBrowser.storage.sync.set({ preferences: 'lis', preferences$: { v: 3 } });
    expect(await readPreferences()).toEqual({ role: 'lis', language: 'auto' });
    expect(await fakeBrowser.storage.sync.get('preferences')).toEqual({
      preferences: { role: 'lis', language: 'auto' },
    });
  });

  it('reads a current value written without its version marker as it is, keeping the role', async () => {
    await fakeBrowser.storage.sync.set({ preferences: { role: 'kommune-leder', language: 'nn' } });
    expect(await readPreferences()).toEqual({ role: 'kommune-leder', language: 'nn' });
    expect(await fakeBrowser.storage.sync.get('preferences$')).toEqual({ preferences$: { v: 3 } });
  });
});
