import type { Catalogue } from '../../lib/catalogue';
import { useMessages } from '../page/useMessages';
import { SpecialtyOptions } from './SpecialtyOptions';
import './specialty.css';

/**
 * One specialty, or none, beside the role: its pages become a group at the top of the list. None
 * is a choice of its own, which the organisation's default specialty does not override (lib/prefs).
 */
export function SpecialtyPicker({
  catalogue,
  current,
  onPick,
}: {
  catalogue: Catalogue;
  current: string | null;
  onPick: (specialty: string | null) => void;
}) {
  const m = useMessages();
  return (
    <label class="specialty-picker">
      {m.specialtyLabel}{' '}
      <select
        data-testid="specialty-select"
        value={current ?? ''}
        onChange={(e) => onPick(e.currentTarget.value || null)}
      >
        <SpecialtyOptions catalogue={catalogue} />
      </select>
    </label>
  );
}
