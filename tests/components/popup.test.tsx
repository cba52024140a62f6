/**
 * The popup's role flow (entrypoints/popup/App.tsx over WXT's fakeBrowser): the first open asks
 * for a role, the picked role is stored and shown with focus in the search box, and changing the
 * role can be left without a change.
 */
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Page } from '../../components/page/mount';
import { App } from '../../entrypoints/popup/App';
import { nb } from '../../lib/i18n/nb';
import { saveRole } from '../../lib/prefs';

const searchBox = () => document.getElementById('search-input') as HTMLInputElement;

describe('the popup', () => {
  it('asks for a role on the first open, then stores and shows the one picked, focus in the search box', async () => {
    render(<Page app={App} />);
    const heading = await screen.findByRole('heading', { name: nb.pickerHeading });
    // No card is focused, so none looks chosen (tests/e2e/ux-open-points.spec.ts: the ring).
    expect(document.activeElement).toBe(heading);
    fireEvent.click(document.querySelector('[data-role="lis"]') as HTMLButtonElement);
    expect((await screen.findByTestId('role-name')).textContent).toBe(nb.roleNames.lis.name);
    expect(document.activeElement).toBe(searchBox());
    expect(await fakeBrowser.storage.sync.get('preferences')).toEqual({
      preferences: { role: 'lis', language: 'auto' },
    });
  });

  it('leaves "Bytt rolle" on Escape or "Avbryt" with the role unchanged, the query kept and focus back in the box', async () => {
    await saveRole('lis');
    render(<Page app={App} />);
    await screen.findByTestId('role-name');
    fireEvent.input(searchBox(), { target: { value: 'veileder' } });
    for (const leave of ['Escape', 'Avbryt']) {
      fireEvent.click(screen.getByRole('button', { name: nb.changeRole }));
      const current = document.querySelector<HTMLButtonElement>('[data-role="lis"]');
      expect(document.activeElement, leave).toBe(current);
      if (leave === 'Escape') fireEvent.keyDown(current as HTMLButtonElement, { key: 'Escape' });
      else fireEvent.click(screen.getByRole('button', { name: nb.cancel }));
      expect(screen.getByTestId('role-name').textContent, leave).toBe(nb.roleNames.lis.name);
      expect(document.activeElement, leave).toBe(searchBox());
      expect(searchBox().value, leave).toBe('veileder');
    }
    expect((await fakeBrowser.storage.sync.get('preferences')).preferences).toMatchObject({ role: 'lis' });
  });

  it("opens the facts' sources in a new tab, as its links do: a link followed in place would replace the popup", async () => {
    // A day with three current facts for the role (tests/components/answers.test.tsx).
    vi.useFakeTimers({ now: new Date('2026-12-04T12:00:00'), toFake: ['Date'] });
    try {
      await saveRole('lis');
      render(<Page app={App} />);
      await screen.findByTestId('role-name');
      const sources = document.querySelectorAll('.facts a');
      expect(sources).toHaveLength(3);
      for (const source of sources) expect(source.getAttribute('target')).toBe('_blank');
      expect(document.querySelector('li.entry a')?.getAttribute('target')).toBe('_blank');
    } finally {
      vi.useRealTimers();
    }
  });
});
