import { useRef } from 'preact/hooks';
import { roleChoices, type Catalogue } from '../../lib/catalogue';
import { roleTexts } from '../../lib/i18n';
import { useInDocumentEffect } from '../page/useInDocumentEffect';
import { useMessages } from '../page/useMessages';
import './role-picker.css';

interface Props {
  catalogue: Catalogue;
  current: string | null;
  onPick: (role: string) => void;
  /** Changing an existing role: Escape or "Avbryt" goes back with the role unchanged. */
  onCancel?: () => void;
}

/**
 * Moves focus between the cards with the arrow keys, Home and End, as in any list of choices,
 * stopping at the ends. From the heading, where a first choice starts, they go to the cards too;
 * "Avbryt" keeps its keys.
 */
function moveFocus(e: KeyboardEvent): void {
  const picker = e.currentTarget as HTMLElement;
  const cards = [...picker.querySelectorAll<HTMLButtonElement>('.role-choice')];
  const at = cards.indexOf(e.target as HTMLButtonElement);
  if (at < 0 && e.target !== picker.querySelector('h2')) return;
  const last = cards.length - 1;
  const next = ({ Home: 0, End: last, ArrowDown: at + 1, ArrowUp: at - 1 } as Record<string, number>)[e.key];
  if (next === undefined) return;
  e.preventDefault();
  cards[Math.min(Math.max(next, 0), last)]?.focus();
}

/** The four roles of the seed plus "Alle roller", each with a line on who it is for. */
export function RolePicker({ catalogue, current, onPick, onCancel }: Props) {
  const m = useMessages();
  const roles = roleChoices(catalogue);
  // Focus starts on the role in use, so Enter keeps it. With none chosen yet it starts on the
  // heading: a focused first card would look like a choice already made, and Down or Tab is one
  // key away from the first card.
  const pickerRef = useRef<HTMLElement>(null);
  useInDocumentEffect(pickerRef, () => {
    const picker = pickerRef.current;
    (picker?.querySelector<HTMLElement>('[aria-pressed="true"]') ?? picker?.querySelector('h2'))?.focus();
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && onCancel) {
      e.preventDefault();
      onCancel();
    } else moveFocus(e);
  };
  return (
    <section class="role-picker" aria-labelledby="role-picker-heading" onKeyDown={onKeyDown} ref={pickerRef}>
      <h2 id="role-picker-heading" tabIndex={-1}>
        {m.pickerHeading}
      </h2>
      <p class="hint">{m.pickerHint}</p>
      <ul>
        {roles.map((id) => (
          <li key={id}>
            <button
              type="button"
              class="role-choice"
              data-role={id}
              aria-pressed={id === current}
              onClick={() => onPick(id)}
            >
              <span class="role-name">
                {roleTexts(catalogue, id, m).name}
                {id === current && (
                  <span class="role-current">
                    {' '}
                    <span aria-hidden="true">✓</span> {m.pickerCurrent}
                  </span>
                )}
              </span>
              <span class="role-summary">{roleTexts(catalogue, id, m).summary}</span>
            </button>
          </li>
        ))}
      </ul>
      {onCancel && (
        <p class="role-picker-cancel">
          <button type="button" class="secondary" onClick={onCancel}>
            {m.cancel}
          </button>
        </p>
      )}
    </section>
  );
}
