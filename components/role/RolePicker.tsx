import { ALL_ROLES, type Catalogue, roleName, roleSummary } from '../../lib/catalogue';
import { useAutoFocus } from '../page/useAutoFocus';
import { useMessages } from '../page/useMessages';

interface Props {
  catalogue: Catalogue;
  current: string | null;
  onPick: (role: string) => void;
}

/** The four roles of the seed plus "Alle roller", each with a line on who it is for. */
export function RolePicker({ catalogue, current, onPick }: Props) {
  const m = useMessages();
  const firstRef = useAutoFocus<HTMLButtonElement>();
  const choices = [...catalogue.roles.map((r) => r.id), ALL_ROLES].map((id) => ({
    id,
    name: roleName(catalogue, id, m),
    summary: roleSummary(catalogue, id, m),
  }));
  return (
    <section class="role-picker" aria-labelledby="role-picker-heading">
      <h2 id="role-picker-heading">{m.pickerHeading}</h2>
      <p class="hint">{m.pickerHint}</p>
      <ul>
        {choices.map((c, i) => (
          <li key={c.id}>
            <button
              type="button"
              class="role-choice"
              data-role={c.id}
              aria-pressed={c.id === current}
              ref={i === 0 ? firstRef : undefined}
              onClick={() => onPick(c.id)}
            >
              <span class="role-name">{c.name}</span>
              <span class="role-summary">{c.summary}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
