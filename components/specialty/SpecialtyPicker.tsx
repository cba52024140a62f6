import type { Catalogue } from '../../lib/catalogue';
import { specialtyChoices } from '../../lib/specialty';
import { useMessages } from '../page/useMessages';
import './specialty.css';

interface Props {
  catalogue: Catalogue;
  current: string | null;
  onPick: (specialty: string | null) => void;
  /** Beside the role, "Spesialitet"; in the share menu and on the handout, whose list is handed on. */
  label?: string;
  class?: string;
}

/**
 * One specialty, or none, beside the role: its pages become a group at the top of the list. None
 * is a choice of its own, which the organisation's default specialty does not override (lib/prefs).
 */
export function SpecialtyPicker({ catalogue, current, onPick, label, class: className }: Props) {
  const m = useMessages();
  return (
    <label class={className ?? 'specialty-picker'}>
      {label ?? m.specialtyLabel}
      <select
        data-testid="specialty-select"
        value={current ?? ''}
        onChange={(e) => onPick(e.currentTarget.value || null)}
      >
        <option value="">{m.specialtyNone}</option>
        {specialtyChoices(catalogue, m.language).map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}
