/**
 * "Del lenkene" (components/share/ShareMenu.tsx) in the popup (entrypoints/popup/App.tsx): the
 * menu's keys and focus, and the status it announces after a copy. happy-dom's clipboard keeps
 * what was written; the real clipboard and its two flavours are tests/e2e/share.spec.ts's.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Page } from '../../components/page/mount';
import { App } from '../../entrypoints/popup/App';
import { catalogue, entriesById } from '../../lib/catalogue';
import { roleName } from '../../lib/i18n';
import { nb } from '../../lib/i18n/nb';
import { saveRole, saveSpecialty } from '../../lib/prefs';

afterEach(() => vi.restoreAllMocks());

async function popupAs(role: string): Promise<void> {
  await saveRole(role);
  render(<Page app={App} />);
  await screen.findByTestId('role-name');
  // The menu is a chunk of its own, in once the page is idle (components/page/later.tsx).
  await screen.findByRole('button', { name: nb.shareToggleLabel });
}

const toggle = () => screen.getByRole('button', { name: nb.shareToggleLabel });
const menu = () => document.getElementById('share-menu');
const status = () => screen.getByTestId('share-status');
/** The distinct addresses of the entries on screen: what "Kopier lenkene" hands on. */
const shownUrls = () => [
  ...new Set([...document.querySelectorAll('li.entry .entry-row > a')].map((a) => a.getAttribute('href'))),
];

/** A role's distinct addresses, from the catalogue itself. */
function roleUrls(role: string): string[] {
  const byId = new Map(catalogue.entries.map((e) => [e.id, e.url]));
  const groups = catalogue.roles.find((r) => r.id === role)?.groups ?? [];
  return [...new Set(groups.flatMap((g) => g.entries.map((id) => byId.get(id) ?? '')))];
}

/** Opens the menu and copies; resolves with the status it then announces. */
async function copyLinks(): Promise<string> {
  if (!menu()) fireEvent.click(toggle());
  fireEvent.click(screen.getByRole('button', { name: nb.shareCopy }));
  await waitFor(() => expect(status().textContent).not.toBe(''));
  return status().textContent ?? '';
}

/** The menu's choice of whose list: the role's select, and the specialty's. */
const roleChoice = () => within(menu() as HTMLElement).queryByRole('combobox', { name: nb.shareRoleLabel });
const specialtyChoice = () =>
  within(menu() as HTMLElement).getByRole('combobox', { name: nb.shareSpecialtyLabel }) as HTMLSelectElement;
const specialtyHeading = (name: string) => `${nb.sectionTitles.specialty}: ${name}`;
const regutAne = entriesById(catalogue).get('regut-anestesiologi')?.url ?? 'missing';
const hdirOrt =
  entriesById(catalogue).get('hdir-ortopedisk-kirurgi-anbefalte-laeringsaktiviteter')?.url ?? 'missing';

async function clipboardText(): Promise<string> {
  const [item] = await navigator.clipboard.read();
  return (await item?.getType('text/plain'))?.text() ?? '';
}

describe('the share menu', () => {
  it('opens and closes from the keyboard; Escape stays in the menu and gives focus back', async () => {
    await popupAs('sykehus-leder');
    const outside: string[] = [];
    const listen = (e: KeyboardEvent) => outside.push(e.key);
    document.addEventListener('keydown', listen);
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(menu()).toBeNull();
    fireEvent.click(toggle()); // Enter or Space on a button
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    expect(toggle().getAttribute('aria-controls')).toBe('share-menu');
    const copy = screen.getByRole('button', { name: nb.shareCopy });
    copy.focus();
    fireEvent.keyDown(copy, { key: 'Escape' });
    expect(menu()).toBeNull();
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle());
    expect(outside).toEqual([]);
    document.removeEventListener('keydown', listen);
  });

  it('closes when focus leaves it, and stays open while focus moves inside', async () => {
    await popupAs('lis');
    fireEvent.click(toggle());
    // focus() moves focus as Tab would, with focusout telling where it went (act: then render).
    act(() => screen.getByRole('button', { name: nb.shareCopy }).focus());
    act(() => screen.getByRole('link', { name: nb.shareHandout }).focus());
    expect(menu()).not.toBeNull();
    act(() => (document.getElementById('search-input') as HTMLInputElement).focus());
    expect(menu()).toBeNull();
  });

  it("copies the role's links, says how many, and offers the role's handout", async () => {
    await popupAs('sykehus-leder');
    const urls = shownUrls();
    expect(await copyLinks()).toBe(nb.shareCopied(urls.length));
    expect(status().getAttribute('role')).toBe('status');
    const text = await clipboardText();
    for (const url of urls) expect(text).toContain(url);
    const handout = screen.getByRole('link', { name: nb.shareHandout });
    expect(handout.getAttribute('href')).toBe('handout.html?role=sykehus-leder');
  });

  it("hands on another role's list without switching role: the copy and the handout", async () => {
    await popupAs('kommune-leder');
    fireEvent.click(toggle());
    const choice = roleChoice() as HTMLSelectElement;
    expect(choice.value).toBe('kommune-leder');
    fireEvent.change(choice, { target: { value: 'lis' } });
    const lisUrls = roleUrls('lis');
    expect(await copyLinks()).toBe(nb.shareCopied(lisUrls.length));
    const text = await clipboardText();
    expect(text.split('\n')[0]).toBe(nb.shareTitleRole(roleName(catalogue, 'lis', nb)));
    for (const url of lisUrls) expect(text).toContain(url);
    const handout = screen.getByRole('link', { name: nb.shareHandout });
    expect(handout.getAttribute('href')).toBe('handout.html?role=lis');
    // The popup itself still shows the user's own role.
    expect(screen.getByTestId('role-name').textContent).toBe(roleName(catalogue, 'kommune-leder', nb));
  });

  it("hands on another role's list with another specialty's group, starting from the one on screen", async () => {
    await saveSpecialty('ort');
    await popupAs('kommune-leder');
    fireEvent.click(toggle());
    expect(specialtyChoice().value).toBe('ort');
    fireEvent.change(roleChoice() as HTMLSelectElement, { target: { value: 'lis' } });
    fireEvent.change(specialtyChoice(), { target: { value: 'ane' } });
    await copyLinks();
    const text = await clipboardText();
    expect(text.split('\n')[0]).toBe(nb.shareTitleRole(roleName(catalogue, 'lis', nb)));
    expect(text).toContain(specialtyHeading('Anestesiologi'));
    expect(text).toContain(regutAne);
    expect(text).not.toContain(specialtyHeading('Ortopedisk kirurgi'));
    const handout = screen.getByRole('link', { name: nb.shareHandout });
    expect(handout.getAttribute('href')).toBe('handout.html?role=lis&specialty=ane');
    // The popup itself still shows the user's own specialty.
    expect(document.querySelector('[data-section="specialty"] h2')?.textContent).toBe(
      specialtyHeading('Ortopedisk kirurgi'),
    );
  });

  it('hands on a list without any specialty, though the user has one', async () => {
    await saveSpecialty('ort');
    await popupAs('lis');
    fireEvent.click(toggle());
    fireEvent.change(specialtyChoice(), { target: { value: '' } });
    await copyLinks();
    const text = await clipboardText();
    expect(text).not.toContain(specialtyHeading('Ortopedisk kirurgi'));
    expect(text).not.toContain(hdirOrt);
    const handout = screen.getByRole('link', { name: nb.shareHandout });
    expect(handout.getAttribute('href')).toBe('handout.html?role=lis&specialty=none');
  });

  it('offers no other role when the organisation has set the role, but still another specialty', async () => {
    await fakeBrowser.storage.managed.set({ defaultRole: 'sykehus-leder', lockRole: true });
    render(<Page app={App} />);
    await screen.findByTestId('role-locked');
    fireEvent.click(toggle());
    expect(screen.getByRole('button', { name: nb.shareCopy })).toBeTruthy();
    expect(roleChoice()).toBeNull();
    const handout = screen.getByRole('link', { name: nb.shareHandout });
    expect(handout.getAttribute('href')).toBe('handout.html?role=sykehus-leder');
    expect(specialtyChoice().value).toBe('');
    fireEvent.change(specialtyChoice(), { target: { value: 'ane' } });
    expect(handout.getAttribute('href')).toBe('handout.html?role=sykehus-leder&specialty=ane');
    await copyLinks();
    expect(await clipboardText()).toContain(specialtyHeading('Anestesiologi'));
  });

  it('with a query, copies the hits as shown, under the search as title', async () => {
    await popupAs('lis');
    fireEvent.input(document.getElementById('search-input') as HTMLInputElement, {
      target: { value: 'veileder' },
    });
    await waitFor(() => expect(document.getElementById('results')?.dataset.query).toBe('veileder'));
    const urls = shownUrls();
    expect(urls.length).toBeGreaterThan(1);
    expect(await copyLinks()).toBe(nb.shareCopied(urls.length));
    const text = await clipboardText();
    expect(text).toContain(nb.shareTitleSearch('veileder'));
    // Every hit's address, in the order shown.
    const at = urls.map((url) => text.indexOf(`${url}\n`));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it('says when there is nothing to copy', async () => {
    await popupAs('lis');
    fireEvent.input(document.getElementById('search-input') as HTMLInputElement, {
      target: { value: 'qqqxyzzy' },
    });
    await waitFor(() => expect(document.getElementById('results')?.dataset.query).toBe('qqqxyzzy'));
    expect(await copyLinks()).toBe(nb.shareNothing);
  });

  it('says calmly when the browser refuses the copy, with the handout still offered', async () => {
    await popupAs('lis');
    vi.spyOn(navigator.clipboard, 'write').mockRejectedValue(
      new DOMException('Document is not focused.', 'NotAllowedError'),
    );
    expect(await copyLinks()).toBe(nb.shareCopyFailed);
    expect(screen.getByRole('link', { name: nb.shareHandout })).toBeTruthy();
  });
});
