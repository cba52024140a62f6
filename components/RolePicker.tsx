import type { Catalogue } from '../lib/catalogue';
import { ALL_ROLES } from '../lib/role-view';
import { useAutoFocus } from './useAutoFocus';

interface Props {
  catalogue: Catalogue;
  current: string | null;
  onPick: (role: string) => void;
}

const ALL_SUMMARY = 'Alle lenkene fra alle rollene, samlet.';

/** The four roles of the seed plus "Alle roller", each with a line on who it is for. */
export function RolePicker({ catalogue, current, onPick }: Props) {
  const firstRef = useAutoFocus<HTMLButtonElement>();
  const choices = [
    ...catalogue.roles.map((r) => ({ id: r.id, name: r.name, summary: r.summary })),
    { id: ALL_ROLES, name: 'Alle roller', summary: ALL_SUMMARY },
  ];
  return (
    <section class="role-picker" aria-labelledby="role-picker-heading">
      <h2 id="role-picker-heading">Hvem er du?</h2>
      <p class="hint">Velg rollen din, så viser Spes lenkene som gjelder deg. Du kan bytte når som helst.</p>
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
