import type { Entry } from '../../lib/catalogue';
import { entryDescription, entryLabels } from '../../lib/i18n';
import type { Range } from '../../lib/search';
import type { LinkHealth } from '../../lib/links';
import { FavouriteButton } from './FavouriteButton';
import { Highlighted } from './Highlighted';
import { LinkHealthNote } from './LinkHealthNote';
import { recordOpen } from './recordOpen';
import { EntryUpdates } from './SuccessorLine';
import { useMessages } from '../page/useMessages';

interface Props {
  entry: Entry;
  /** DOM id, unique in the list (an entry can be listed twice: as a favourite and in its group). */
  id: string;
  selected?: boolean;
  otherRole?: boolean;
  highlights?: { title: Range[]; description: Range[] };
  /** What the background link check found; a broken link keeps its place, with a note. */
  health?: LinkHealth;
  /** False on the full search page, where a result opens in place like any link. */
  newTab?: boolean;
  /** Whether the entry is starred; undefined shows no star. */
  favourite?: boolean;
  onStarToggled?: () => void;
}

/** One catalogue link: a real <a>, so Ctrl/Cmd and middle click work as in any page. */
export function EntryLink({
  entry,
  id,
  selected = false,
  otherRole = false,
  highlights,
  newTab = true,
  health,
  favourite,
  onStarToggled,
}: Props) {
  const m = useMessages();
  const labels = entryLabels(entry, m);
  const description = entryDescription(entry, m);
  // Search marks words in the bokmål text it indexed; a translation is shown unmarked.
  const descriptionMarks = description === entry.description ? highlights?.description : undefined;
  return (
    <li
      class={selected ? 'entry selected' : 'entry'}
      data-entry-id={entry.id}
      data-link-state={health?.state}
    >
      <div class="entry-row">
        <a
          id={id}
          href={entry.url}
          target={newTab ? '_blank' : undefined}
          rel="noopener noreferrer"
          aria-current={selected || undefined}
          onClick={() => recordOpen(entry.id)}
          onAuxClick={(e) => e.button === 1 && recordOpen(entry.id)}
        >
          <span class="entry-title" id={`${id}-title`}>
            <Highlighted text={entry.title} ranges={highlights?.title} />
          </span>
          <span class="entry-meta">
            {labels.publisher} · {labels.kind}
            {otherRole && (
              <span class="badge" title={m.otherRoleTitle}>
                {m.otherRoleBadge}
              </span>
            )}
          </span>
          <span class="entry-description">
            <Highlighted text={description} ranges={descriptionMarks} />
          </span>
        </a>
        {favourite !== undefined && (
          <FavouriteButton
            entryId={entry.id}
            titleId={`${id}-title`}
            pressed={favourite}
            onToggled={onStarToggled}
          />
        )}
      </div>
      <EntryUpdates entry={entry} newTab={newTab} />
      <LinkHealthNote entry={entry} health={health} />
    </li>
  );
}
