import { roleChoices, type Catalogue } from '../../lib/catalogue';
import { roleName } from '../../lib/i18n';
import { useMessages } from '../page/useMessages';
import { SpecialtyPicker } from '../specialty/SpecialtyPicker';

/** Whose list is handed on: a role's, with one specialty's group or none. */
export interface ListChoice {
  role: string;
  specialty: string | null;
}

interface Props {
  catalogue: Catalogue;
  choice: ListChoice;
  onChange: (choice: ListChoice) => void;
  /** False while the organisation has set the role; the specialty, never locked, is still offered. */
  roleChoice: boolean;
  class: string;
}

/**
 * Whose list is handed on, in the share menu and on the handout: every role and "Alle roller",
 * and every specialty or none, so a leader can hand a new LIS in anaesthesiology the LIS list with
 * that specialty's pages without switching role or specialty.
 */
export function ListChoiceSelects({ catalogue, choice, onChange, roleChoice, class: className }: Props) {
  const m = useMessages();
  return (
    <>
      {roleChoice && (
        <label class={className}>
          {m.shareRoleLabel}
          <select value={choice.role} onChange={(e) => onChange({ ...choice, role: e.currentTarget.value })}>
            {roleChoices(catalogue).map((id) => (
              <option key={id} value={id}>
                {roleName(catalogue, id, m)}
              </option>
            ))}
          </select>
        </label>
      )}
      <SpecialtyPicker
        catalogue={catalogue}
        current={choice.specialty}
        onPick={(specialty) => onChange({ ...choice, specialty })}
        label={m.shareSpecialtyLabel}
        class={className}
      />
    </>
  );
}
