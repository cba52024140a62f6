import { ALL_ROLES, type Catalogue } from '../../lib/catalogue';
import { roleName } from '../../lib/i18n';
import { useMessages } from '../page/useMessages';

interface Props {
  catalogue: Catalogue;
  role: string;
  onChange: (role: string) => void;
  class: string;
}

/**
 * Whose list is handed on, in the share menu and on the handout: every role and "Alle roller",
 * so a leader can hand a new LIS the LIS list without switching role.
 */
export function RoleSelect({ catalogue, role, onChange, class: className }: Props) {
  const m = useMessages();
  return (
    <label class={className}>
      {m.shareRoleLabel}
      <select value={role} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
        {[...catalogue.roles.map((r) => r.id), ALL_ROLES].map((id) => (
          <option key={id} value={id}>
            {roleName(catalogue, id, m)}
          </option>
        ))}
      </select>
    </label>
  );
}
