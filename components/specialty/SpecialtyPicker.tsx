import type { Catalogue } from '../../lib/catalogue';
import { specialtyChoices } from '../../lib/specialty';
import { useMessages } from '../page/useMessages';
import './specialty.css';

interface Props {
  catalogue: Catalogue;
  /** The chosen specialty's id; null for none. */
  current: string | null;
  onPick: (specialty: string | null) => void;
}

/** One specialty, or none, beside the role: its pages become a group at the top of the list. */
export function SpecialtyPicker({ catalogue, current, onPick }: Props) {
  const m = useMessages();
  return (
    <label class="specialty-picker">
      {m.specialtyLabel}{' '}
      <select
        data-testid="specialty-select"
        value={current ?? ''}
        onChange={(e) => onPick((e.currentTarget as HTMLSelectElement).value || null)}
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
