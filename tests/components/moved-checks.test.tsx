/**
 * What some of the popup's Chromium tests checked that no other test held once they were taken
 * out, checked here through the popup's whole app (entrypoints/popup/App.tsx) over WXT's
 * fakeBrowser: only what a user sees on the page and what the browser's storage holds, so the
 * checks outlive changes inside components/ and lib/. None of it needs a browser's layout or focus.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Page } from '../../components/page/mount';
import { App } from '../../entrypoints/popup/App';
import { ALL_ROLES, catalogue, entriesOfRole } from '../../lib/catalogue';
import { nb } from '../../lib/i18n/nb';
import { saveRole } from '../../lib/prefs';

const searchBox = () => document.getElementById('search-input') as HTMLInputElement;
const listedIds = () =>
  [...document.querySelectorAll<HTMLLIElement>('li.entry')].map((li) => li.dataset.entryId);
const headings = () => [...document.querySelectorAll('.group > h2')].map((h) => h.textContent ?? '');
const roleShown = () => screen.queryByTestId('role-name')?.textContent;

/** The distinct entries the four roles list, straight from the catalogue. */
const everyRolesEntries = () => new Set(catalogue.roles.flatMap((r) => r.groups.flatMap((g) => g.entries)));

async function popupAs(role: string): Promise<void> {
  await saveRole(role);
  render(<Page app={App} />);
  await screen.findByTestId('role-name');
}

async function search(query: string): Promise<void> {
  fireEvent.input(searchBox(), { target: { value: query } });
  await waitFor(() => expect(document.getElementById('results')?.dataset.query).toBe(query));
}

describe('"Alle roller" in the popup', () => {
  it('lists every link once, under merged headings, each heading once', async () => {
    await popupAs(ALL_ROLES);
    const expected = everyRolesEntries();
    // Past the first screenful the list renders once the page is idle.
    await waitFor(() => expect(listedIds()).toHaveLength(expected.size));
    expect(new Set(listedIds())).toEqual(expected);
    // The seed names one task two ways for the two kinds of leader; "Alle roller" shows it once,
    // under the name that covers both.
    expect(headings()).toContain('Søknad om å bli registrert eller godkjent utdanningsvirksomhet');
    expect(headings()).not.toContain('Søknad om å bli godkjent utdanningsvirksomhet');
    expect(new Set(headings()).size).toBe(headings().length);
  });
});

describe('a search answered only by other roles', () => {
  it("keeps the user's role, on screen and stored, and clearing it leaves no trace", async () => {
    await popupAs('sykehus-leder');
    // Past the first screenful the list renders once the page is idle: wait for all of it.
    const ownSize = entriesOfRole(catalogue, 'sykehus-leder').size;
    await waitFor(() => expect(listedIds()).toHaveLength(ownSize));
    const ownList = listedIds();
    await search('ALIS for dummies');
    expect(screen.getByText(nb.noHitsInRole(nb.roleNames['sykehus-leder'].name))).toBeTruthy();
    expect(document.querySelector('li.entry .badge')?.textContent).toBe(nb.otherRoleBadge);
    expect(roleShown()).toBe(nb.roleNames['sykehus-leder'].name);
    expect(document.activeElement).toBe(searchBox());

    fireEvent.input(searchBox(), { target: { value: '' } });
    await waitFor(() => expect(listedIds()).toEqual(ownList));
    expect(document.querySelectorAll('.badge')).toHaveLength(0);
    expect(roleShown()).toBe(nb.roleNames['sykehus-leder'].name);
    expect((await fakeBrowser.storage.sync.get('preferences')).preferences).toMatchObject({
      role: 'sykehus-leder',
    });
  });
});

// The popup paints from a copy of the settings in the page's localStorage before storage answers
// (lib/platform/mirror.ts). Any page of the extension's origin can write there, and a copy may be
// left by an older version: a bad one may cost the head start, never the page.
describe("the page's copy of the settings", () => {
  const hostileCopies: [string, string][] = [
    ['corrupt', '{not json'],
    [
      'hostile',
      JSON.stringify({
        role: '<img src=x onerror=alert(1)>',
        language: '<script>alert(1)</script>',
        defaultRole: 'javascript:alert(1)',
        lockRole: 'yes',
        extraLinks: [{ title: '<img src=x onerror=alert(1)>', url: 'javascript:alert(1)', roles: null }],
      }),
    ],
    ['of another shape', JSON.stringify([1, 2, 3])],
  ];

  it.each(hostileCopies)('when %s, shows the stored role and its list, and runs nothing', async (_, copy) => {
    await saveRole('lis');
    for (const key of ['spes.mirror.preferences', 'spes.mirror.managed']) localStorage.setItem(key, copy);
    render(<Page app={App} />);
    await waitFor(() => expect(roleShown()).toBe(nb.roleNames.lis.name));
    expect(listedIds().length).toBeGreaterThan(0);
    // Not locked by a copy: the way to change the role is there once storage has answered.
    await screen.findByRole('button', { name: nb.changeRole });
    expect(document.querySelectorAll('script, [onerror], a[href^="javascript"]')).toHaveLength(0);
  });

  it('left by another role, gives way to the stored role', async () => {
    await saveRole('lis');
    localStorage.setItem(
      'spes.mirror.preferences',
      JSON.stringify({ role: 'sykehus-leder', language: 'auto' }),
    );
    render(<Page app={App} />);
    await waitFor(() => expect(roleShown()).toBe(nb.roleNames.lis.name));
  });
});
