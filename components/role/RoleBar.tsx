import { useMessages } from '../page/useMessages';

interface Props {
  name: string;
  /** Left out when the organisation has locked the role (lib/policy), or may have: no button then. */
  onChange?: () => void;
  /** The organisation has set the role: says so where the button would be. */
  locked?: boolean;
}

/** The chosen role, always in view, and a one-click way to change it. */
export function RoleBar({ name, onChange, locked = false }: Props) {
  const m = useMessages();
  return (
    <div class="role-bar">
      <span title={name}>
        {m.roleLabel} <strong data-testid="role-name">{name}</strong>
      </span>
      {onChange && (
        <button type="button" class="link-button" onClick={onChange}>
          {m.changeRole}
        </button>
      )}
      {locked && (
        <span class="hint" data-testid="role-locked">
          {m.roleLockedNote}
        </span>
      )}
    </div>
  );
}
