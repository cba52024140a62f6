/** The role picker (components/role/RolePicker.tsx): its choices, where focus starts, its keys. */
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { RolePicker } from '../../components/role/RolePicker';
import { ALL_ROLES, catalogue } from '../../lib/catalogue';
import { nb } from '../../lib/i18n/nb';

const choices = () => [...document.querySelectorAll<HTMLButtonElement>('.role-choice')];
const choice = (role: string) => document.querySelector<HTMLButtonElement>(`[data-role="${role}"]`);

/** The picker with its outcomes recorded: the roles picked and the times it was left. */
function renderPicker(current: string | null, cancellable = true) {
  const picked: string[] = [];
  let cancelled = 0;
  const onCancel = cancellable ? () => void cancelled++ : undefined;
  render(
    <RolePicker catalogue={catalogue} current={current} onPick={(r) => picked.push(r)} onCancel={onCancel} />,
  );
  return { picked, cancelled: () => cancelled };
}

describe('the role picker', () => {
  it('offers each role of the catalogue and then "Alle roller", each saying who it is for', () => {
    renderPicker(null, false);
    expect(screen.getByRole('heading', { name: nb.pickerHeading })).toBeTruthy();
    expect(choices().map((b) => b.dataset.role)).toEqual([...catalogue.roles.map((r) => r.id), ALL_ROLES]);
    expect(choices().map((b) => b.querySelector('.role-name')?.textContent)).toEqual([
      ...catalogue.roles.map((r) => nb.roleNames[r.id as keyof typeof nb.roleNames].name),
      nb.allRoles,
    ]);
    // The LIS list holds the plans for every part, and no ALIS pages.
    const lis = choice('lis')?.querySelector('.role-summary')?.textContent ?? '';
    expect(lis).toContain('LIS1, LIS2 eller LIS3');
    expect(lis).not.toContain('og ALIS');
  });

  it('starts on its heading when no role is chosen yet, no card focused, and offers no way back', () => {
    const { picked } = renderPicker(null, false);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: nb.pickerHeading }));
    expect(screen.queryByRole('button', { name: nb.cancel })).toBeNull();
    fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' });
    expect(screen.getByRole('heading', { name: nb.pickerHeading })).toBeTruthy();
    expect(picked).toEqual([]);
  });

  it('starts on the role in use, marked as chosen, so Enter keeps it', () => {
    renderPicker('sykehus-leder');
    expect(document.activeElement).toBe(choice('sykehus-leder'));
    expect(choices().map((b) => b.getAttribute('aria-pressed'))).toEqual(
      choices().map((b) => String(b.dataset.role === 'sykehus-leder')),
    );
  });

  it('picks the role clicked', () => {
    const { picked, cancelled } = renderPicker('lis');
    fireEvent.click(choice('kommune-veileder') as HTMLButtonElement);
    expect(picked).toEqual(['kommune-veileder']);
    expect(cancelled()).toBe(0);
  });

  it('goes back without a pick on Escape from any choice, or on "Avbryt"', () => {
    const { picked, cancelled } = renderPicker('lis');
    fireEvent.keyDown(choice('kommune-leder') as HTMLButtonElement, { key: 'Escape' });
    expect(cancelled()).toBe(1);
    fireEvent.keyDown(choice('kommune-leder') as HTMLButtonElement, { key: 'Enter' });
    expect(cancelled()).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: nb.cancel }));
    expect(cancelled()).toBe(2);
    expect(picked).toEqual([]);
  });
});
