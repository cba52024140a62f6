import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { preferencesItem, saveLanguage, saveRole } from '../../../lib/prefs';

const readPreferences = () => preferencesItem.getValue();

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

  it.each([
    ['a bare role id, as the first versions stored it', 'sykehus-leder', 'sykehus-leder'],
    ['an object with only a role', { role: 'lis' }, 'lis'],
    ['a bare role id the catalogue no longer has', 'overlege', null],
  ])('reads %s, following the browser language', async (_name, stored, role) => {
    await fakeBrowser.storage.sync.set({ preferences: stored });
    expect(await readPreferences()).toEqual({ role, language: 'auto' });
  });

  it.each([
    ['a number', 42],
    ['an array', ['lis']],
  ])('resets %s to the default without throwing', async (_name, corrupt) => {
    await fakeBrowser.storage.sync.set({ preferences: corrupt });
    expect(await readPreferences()).toEqual({ role: null, language: 'auto' });
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
    await fakeBrowser.storage.sync.set({ preferences: stored });
    expect(await readPreferences()).toEqual(repaired);
  });
});
