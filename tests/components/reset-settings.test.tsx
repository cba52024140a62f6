/**
 * "Tilbakestill alt" on the options page (components/options/ResetSettings.tsx in
 * entrypoints/options/App.tsx, over WXT's fakeBrowser): it asks first, Cancel has the focus and
 * changes nothing, and confirming clears what the user chose, which the page shows at once.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Page } from '../../components/page/mount';
import { App } from '../../entrypoints/options/App';
import { nb } from '../../lib/i18n/nb';
import { linkCheckSettingsItem, linkHealthItem } from '../../lib/links';
import { favouritesItem, recordRecentOpen } from '../../lib/pinned';
import { saveLanguage, saveRole } from '../../lib/prefs';

const CHOSEN = {
  preferences: { role: 'kommune-leder', language: 'nb' },
  linkCheckSettings: { interval: 'off' },
  favourites: { ids: ['veiledning'] },
};
const HEALTH = {
  links: {},
  lastRun: { startedAt: 1, finishedAt: 2, verdict: 'trusted' as const, checked: 3 },
};

/** What the user chose, as stored (storage.sync). */
const chosen = () => fakeBrowser.storage.sync.get(Object.keys(CHOSEN));
const select = (id: string) => screen.getByTestId(id) as HTMLSelectElement;

beforeEach(async () => {
  await saveRole('kommune-leder');
  await saveLanguage('nb');
  await linkCheckSettingsItem.setValue({ interval: 'off' });
  await favouritesItem.setValue({ ids: ['veiledning'] });
  await recordRecentOpen('kompetansevurdering');
  await linkHealthItem.setValue(HEALTH);
  render(<Page app={App} />);
  // Not the first choice, which a select shows before its value is known.
  await waitFor(() => expect(select('interval').value).toBe('off'));
  expect(select('language-setting').value).toBe('nb');
});

describe('"Tilbakestill alt"', () => {
  it('asks first, with the focus on Cancel, which changes nothing', async () => {
    fireEvent.click(screen.getByRole('button', { name: nb.resetButton }));
    expect(screen.getByTestId('reset-confirm').textContent).toContain(nb.resetConfirmQuestion);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: nb.cancel }));
    fireEvent.click(screen.getByRole('button', { name: nb.cancel }));
    expect(screen.queryByTestId('reset-confirm')).toBeNull();
    expect(screen.getByTestId('reset-status').textContent).toBe('');
    expect(await chosen()).toEqual(CHOSEN);
    expect((await fakeBrowser.storage.local.get('recent')).recent).toEqual({ ids: ['kompetansevurdering'] });
  });

  it("once confirmed, clears the user's choices, says so and shows the defaults; link health stays", async () => {
    fireEvent.click(screen.getByRole('button', { name: nb.resetButton }));
    fireEvent.click(screen.getByRole('button', { name: nb.resetConfirm }));
    await waitFor(() => expect(screen.getByTestId('reset-status').textContent).toBe(nb.resetDone));
    expect(screen.getByTestId('reset-status').getAttribute('role')).toBe('status');
    expect(await chosen()).toEqual({});
    expect(await fakeBrowser.storage.local.get('recent')).toEqual({});
    expect(await linkHealthItem.getValue()).toEqual(HEALTH);
    await waitFor(() => {
      expect(select('language-setting').value).toBe('auto');
      expect(select('interval').value).toBe('weekly');
    });
  });
});
