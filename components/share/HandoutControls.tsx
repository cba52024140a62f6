import type { ComponentChildren } from 'preact';
import type { BrokenChoice } from '../../lib/pages';
import { linkCount, type ShareList } from '../../lib/share';
import { useMessages } from '../page/useMessages';

interface Props {
  /** The full list, before broken links are left out: it tells whether the choice matters. */
  list: ShareList;
  broken: BrokenChoice;
  onBrokenChange: (choice: BrokenChoice) => void;
  /** Whose list is shown (ListChoiceSelects), when the user may choose it. */
  children?: ComponentChildren;
}

/** What only the screen shows: whose list, the choice about broken links, and the print button. */
export function HandoutControls({ list, broken, onBrokenChange, children }: Props) {
  const m = useMessages();
  const brokenCount = linkCount(list, (l) => l.broken);
  return (
    <div class="handout-controls">
      {children}
      {/* A choice about broken links only when there are some to choose about. */}
      {brokenCount > 0 && (
        <fieldset>
          <legend>
            {m.handoutBrokenLegend} ({brokenCount})
          </legend>
          {(['mark', 'omit'] as const).map((choice) => (
            <label key={choice}>
              <input
                type="radio"
                name="broken"
                value={choice}
                checked={broken === choice}
                onChange={() => onBrokenChange(choice)}
              />{' '}
              {m.handoutBrokenChoices[choice]}
            </label>
          ))}
        </fieldset>
      )}
      <button type="button" class="primary" onClick={() => window.print()}>
        {m.handoutPrint}
      </button>
    </div>
  );
}
