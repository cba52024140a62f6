import { ALL_ROLES } from '../../lib/catalogue';
import { roleName } from '../../lib/i18n';
import type { UserView } from '../../lib/policy';
import { saveRole } from '../../lib/prefs';
import { useMessages } from '../page/useMessages';
import { SelectSetting } from './SelectSetting';

/** The same choices as the popup's role picker; read-only when the organisation locks the role. */
export function RoleSetting({ view }: { view: UserView }) {
  const m = useMessages();
  const { role, locked, catalogue, provisional } = view;
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
      disabled={locked || provisional}
      onChange={(value) => void saveRole(value)}
    >
      {locked && !provisional && <p class="hint">{m.roleLockedNote}</p>}
    </SelectSetting>
  );
}
