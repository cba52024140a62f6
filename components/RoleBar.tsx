interface Props {
  name: string;
  /** Left out when the organisation has locked the role (lib/managed.ts): no button then. */
  onChange?: () => void;
}

/** The chosen role, always in view, and a one-click way to change it. */
export function RoleBar({ name, onChange }: Props) {
  return (
    <div class="role-bar">
      <span>
        Rolle: <strong data-testid="role-name">{name}</strong>
      </span>
      {onChange ? (
        <button type="button" class="link-button" onClick={onChange}>
          Bytt rolle
        </button>
      ) : (
        <span class="hint" data-testid="role-locked">
          Satt av arbeidsplassen
        </span>
      )}
    </div>
  );
}
