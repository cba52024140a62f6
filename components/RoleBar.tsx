interface Props {
  name: string;
  onChange: () => void;
}

/** The chosen role, always in view, and a one-click way to change it. */
export function RoleBar({ name, onChange }: Props) {
  return (
    <div class="role-bar">
      <span>
        Rolle: <strong data-testid="role-name">{name}</strong>
      </span>
      <button type="button" class="link-button" onClick={onChange}>
        Bytt rolle
      </button>
    </div>
  );
}
