/**
 * The specialty picker and the "no good match" state (components/specialty) in the search panel,
 * over the bundled catalogue.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SearchPanel } from '../../components/list/SearchPanel';
import { Page } from '../../components/page/mount';
import { SpecialtyPicker } from '../../components/specialty/SpecialtyPicker';
import { App as Popup } from '../../entrypoints/popup/App';
import { catalogue, entriesById } from '../../lib/catalogue';
import { nb } from '../../lib/i18n/nb';
import { preferencesItem, saveRole } from '../../lib/prefs';

function Panel({ specialty, newTab }: { specialty: string | null; newTab?: boolean }) {
  const [query, setQuery] = useState('');
  return (
    <SearchPanel
      view={{ catalogue, specialty, locked: false, provisional: false }}
      role="lis"
      query={query}
      onQueryChange={setQuery}
      onOpen={() => undefined}
      onChangeRole={() => undefined}
      onOpenOptions={() => undefined}
      newTab={newTab}
    />
  );
}

const select = () => screen.getByTestId('specialty-select') as HTMLSelectElement;

describe('the specialty picker', () => {
  it('offers none and all 47 choices, shows the current one, and hands on a pick or none', () => {
    const onPick = vi.fn();
    render(<SpecialtyPicker catalogue={catalogue} current="gyn" onPick={onPick} />);
    expect(select().options).toHaveLength(48);
    expect(select().value).toBe('gyn');
    expect(screen.getByLabelText(nb.specialtyLabel)).toBe(select());
    fireEvent.change(select(), { target: { value: 'ort' } });
    expect(onPick).toHaveBeenLastCalledWith('ort');
    fireEvent.change(select(), { target: { value: '' } });
    expect(onPick).toHaveBeenLastCalledWith(null);
  });
});

describe("the picker under the organisation's default specialty", () => {
  it('offers none, and none stays chosen: the default is a default, not a lock', async () => {
    await fakeBrowser.storage.managed.set({ defaultSpecialty: 'ort' });
    await saveRole('lis');
    render(<Page app={Popup} />);
    await waitFor(() => expect(select().value).toBe('ort'));
    expect(document.querySelector('[data-section="specialty"]')).not.toBeNull();
    fireEvent.change(select(), { target: { value: '' } });
    await waitFor(() => expect(document.querySelector('[data-section="specialty"]')).toBeNull());
    expect(select().value).toBe('');
    expect((await preferencesItem.getValue()).specialty).toBeNull();
  });
});

describe('the panel with a specialty', () => {
  it("lists the specialty's group first, under its name", () => {
    render(<Panel specialty="ort" />);
    const first = document.querySelector('.group');
    expect(first?.getAttribute('data-section')).toBe('specialty');
    expect(first?.querySelector('h2')?.textContent).toBe(`${nb.sectionTitles.specialty}: Ortopedisk kirurgi`);
  });

  it('says "no good match" for legevakt, and offers the picker, the hub and the search page', async () => {
    render(<Panel specialty={null} />);
    fireEvent.input(document.getElementById('search-input') as HTMLInputElement, {
      target: { value: 'legevakt' },
    });
    await waitFor(() => expect(document.getElementById('results')?.dataset.query).toBe('legevakt'));
    expect(document.querySelectorAll('li.entry')).toHaveLength(0);
    // Its own chunk, in once the page is idle (components/page/later.tsx).
    expect(await screen.findByRole('navigation', { name: nb.noGoodMatchWayOn })).toBeTruthy();
    const hub = screen.getByRole('link', { name: nb.noGoodMatchHub });
    expect(hub.getAttribute('href')).toBe(entriesById(catalogue).get('spesialistutdanning')?.url);
    expect(screen.getByRole('link', { name: nb.noGoodMatchSearchPage }).getAttribute('href')).toBe(
      'search.html?q=legevakt&role=lis',
    );
    fireEvent.click(screen.getByRole('button', { name: nb.noGoodMatchPickSpecialty }));
    expect(document.activeElement).toBe(select());
  });
});
