import { ALL_ROLES, type Catalogue, roleName } from '../lib/catalogue';
import { effectiveRole, type ManagedSettings } from '../lib/policy/settings';
import { saveRole, type Preferences } from '../lib/platform/storage';
import { SelectSetting } from './SelectSetting';
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
  const roles = [...catalogue.roles.map((r) => r.id), ALL_ROLES];
  const options = [
    ...(role === null ? [{ value: '', label: m.roleNotChosen }] : []),
    ...roles.map((id) => ({ value: id, label: roleName(catalogue, id, m) })),
  ];
  return (
    <SelectSetting
      id="role-setting"
      heading={m.roleSettingHeading}
      label={m.roleSettingLabel}
      value={role ?? ''}
      options={options}
      disabled={locked}
      onChange={(value) => void saveRole(value)}
    >
      {locked && <p class="hint">{m.roleLockedNote}</p>}
    </SelectSetting>
  );
}
