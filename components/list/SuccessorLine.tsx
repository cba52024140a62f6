import type { Entry, Successor } from '../../lib/catalogue';
import { formatPartialDate, noteText } from '../../lib/i18n';
import { useMessages } from '../page/useMessages';
import './successor.css';

interface LineProps {
  successor: Successor;
  /** False on the full search page, where links open in place like any link. */
  newTab: boolean;
}

/**
 * One quiet line under an entry: "Nyere: <title>", a real link to the page that has taken over.
 * The entry itself stays listed as the seed has it; this only says where the guidance went.
 */
export function SuccessorLine({ successor, newTab }: LineProps) {
  const m = useMessages();
  return (
    <p class="successor-line" data-testid="successor">
      {m.newer}{' '}
      <a href={successor.url} target={newTab ? '_blank' : undefined} rel="noopener noreferrer">
        {successor.title}
      </a>
    </p>
  );
}

/** An entry's dated note, then each successor; nothing for an entry the seed still describes. */
export function EntryUpdates({ entry, newTab }: { entry: Entry; newTab: boolean }) {
  const m = useMessages();
  if (!entry.note && !entry.successors) return null;
  return (
    <div class="entry-updates">
      {entry.note && (
        <p class="entry-note" data-testid="entry-note">
          {noteText(entry.id, entry.note, m)}{' '}
          <span class="entry-note-date">({m.noteAsOf(formatPartialDate(entry.note.asOf, m))})</span>
        </p>
      )}
      {entry.successors?.map((s) => (
        <SuccessorLine key={s.url} successor={s} newTab={newTab} />
      ))}
    </div>
  );
}
