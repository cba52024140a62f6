import type { Catalogue } from '../lib/catalogue';
import { effectiveRole, type ManagedSettings } from '../lib/managed';
import { ALL_ROLES, roleName } from '../lib/role-view';
import { saveRole, type Preferences } from '../lib/storage';
import { useMessages } from './useMessages';

interface Props {
  catalogue: Catalogue;
  prefs: Preferences;
  managed: ManagedSettings;
}

/** The same choices as the popup's role picker; read-only when the organisation locks the role. */
export function RoleSetting({ catalogue, prefs, managed }: Props) {
  const m = useMessages();
  const { role, locked } = effectiveRole(prefs.role, managed);
  const choices = [...catalogue.roles.map((r) => r.id), ALL_ROLES];
  return (
    <section aria-labelledby="role-heading">
      <h2 id="role-heading">{m.roleSettingHeading}</h2>
      <label>
        {m.roleSettingLabel}{' '}
        <select
          data-testid="role-setting"
          value={role ?? ''}
          disabled={locked}
          onChange={(e) => void saveRole(e.currentTarget.value)}
        >
          {role === null && <option value="">{m.roleNotChosen}</option>}
          {choices.map((id) => (
            <option key={id} value={id}>
              {roleName(catalogue, id, m)}
            </option>
          ))}
        </select>
      </label>
      {locked && <p class="hint">{m.roleLockedNote}</p>}
    </section>
  );
}
