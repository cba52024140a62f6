/** "Tilbakestill alt" on the options page: what it clears and what it keeps. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetSettings } from '../../../components/options/ResetSettings';
import { linkCheckSettingsItem, linkHealthItem } from '../../../lib/links';
import { favouritesItem, recentItem, recordRecentOpen } from '../../../lib/pinned';
import { readPreferences, saveLanguage, saveRole } from '../../../lib/prefs';

const readLinkCheckSettings = () => linkCheckSettingsItem.getValue();
const readFavourites = () => favouritesItem.getValue();
const readRecent = () => recentItem.getValue();

describe('resetSettings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('puts role, language and link-check interval back to their defaults', async () => {
    await saveRole('lis');
    await saveLanguage('en');
    await linkCheckSettingsItem.setValue({ interval: 'daily' });
    await resetSettings();
    expect(await readPreferences()).toEqual({ role: null, language: 'auto' });
    expect(await readLinkCheckSettings()).toEqual({ interval: 'weekly' });
    expect(await fakeBrowser.storage.sync.get(['preferences', 'linkCheckSettings'])).toEqual({});
    expect(await fakeBrowser.storage.sync.get('favourites')).toEqual({});
  });

  it('empties favourites and recently opened', async () => {
    await favouritesItem.setValue({ ids: ['veiledning'] });
    await recordRecentOpen('kompetansevurdering');
    await resetSettings();
    expect(await readFavourites()).toEqual({ ids: [] });
    expect(await readRecent()).toEqual({ ids: [] });
  });

  it('keeps what the link checker found: that describes the links, not the user', async () => {
    const record = {
      links: {},
      lastRun: { startedAt: 1, finishedAt: 2, verdict: 'trusted' as const, checked: 3 },
    };
    await linkHealthItem.setValue(record);
    await resetSettings();
    expect(await linkHealthItem.getValue()).toEqual(record);
  });
});
