import type { Entry } from '../../lib/catalogue';
import { entryDescription, entryLabels, formatCheckedAt, formatPartialDate, noteText } from '../../lib/i18n';
import { archiveUrl, displayUrl, siteSearchUrl, type LinkHealth } from '../../lib/links';
import type { ListItem } from '../../lib/list';
import { toggleFavouriteId } from '../../lib/pinned';
import { sendToWorker } from '../../lib/platform';
import type { Range } from '../../lib/search';
import { useMessages } from '../page/useMessages';
import './link-health.css';
import './successor.css';

interface Props {
  item: ListItem;
  /** DOM id, unique in the list (an entry can be listed twice: as a favourite and in its group). */
  id: string;
  selected: boolean;
  /** What the background link check found; a broken link keeps its place, with a note. */
  health?: LinkHealth;
  /** In the popup; on the full search page a result opens in place, like any link. */
  newTab: boolean;
  /** Whether the entry is starred ("Favoritter"). */
  favourite: boolean;
  /** Called after a star's toggle, e.g. to move focus when the star leaves the page with its row. */
  onStarToggled?: () => void;
}

/**
 * Tells the background worker that a link is being opened (entrypoints/background/recent.ts).
 * Not awaited: the message leaves at once, and the page may be gone before any answer.
 */
export function recordOpen(entryId: string): void {
  sendToWorker({ type: 'spes:entry-opened', entryId }).catch(() => undefined);
}

/**
 * One catalogue link: a real <a>, so Ctrl/Cmd and middle click work as in any page, and its star
 * beside it (never inside the <a>).
 */
export function EntryLink(props: Props) {
  const { item, id, selected, health, favourite } = props;
  const { entry, highlights } = item;
  const m = useMessages();
  const labels = entryLabels(entry, m);
  const description = entryDescription(entry, m);
  // Search marks words in the bokmål text it indexed; a translation is shown unmarked.
  const descriptionMarks = description === entry.description ? highlights?.description : undefined;
  const target = props.newTab ? '_blank' : undefined;
  const star = favourite ? m.removeFavourite : m.addFavourite;
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
          target={target}
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
            {item.otherRole && (
              <span class="badge" title={m.otherRoleTitle}>
                {m.otherRoleBadge}
              </span>
            )}
          </span>
          <span class="entry-description">
            <Highlighted text={description} ranges={descriptionMarks} />
          </span>
        </a>
        <button
          type="button"
          class="star"
          aria-pressed={favourite}
          aria-label={star}
          aria-describedby={`${id}-title`}
          title={star}
          onClick={() => void toggleFavouriteId(entry.id).then(props.onStarToggled)}
        >
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
            <path d="M12 2.8l2.8 5.9 6.4.8-4.7 4.4 1.2 6.4L12 17.2l-5.7 3.1 1.2-6.4-4.7-4.4 6.4-.8z" />
          </svg>
        </button>
      </div>
      {/* Its dated note, then a quiet line for each page that has taken over ("Nyere: <title>"): the
          entry itself stays listed as the seed has it. */}
      {(entry.note || entry.successors) && (
        <div class="entry-updates">
          {entry.note && (
            <p class="entry-note" data-testid="entry-note">
              {noteText(entry.id, entry.note, m)}{' '}
              <span class="entry-note-date">({m.noteAsOf(formatPartialDate(entry.note.asOf, m))})</span>
            </p>
          )}
          {entry.successors?.map((s) => (
            <p key={s.url} class="successor-line" data-testid="successor">
              {m.newer}{' '}
              <a href={s.url} target={target} rel="noopener noreferrer">
                {s.title}
              </a>
            </p>
          ))}
        </div>
      )}
      <LinkHealthNote entry={entry} health={health} />
    </li>
  );
}

/** Text with the matched ranges wrapped in <mark>. */
function Highlighted({ text, ranges = [] }: { text: string; ranges?: Range[] }) {
  const parts = [];
  let at = 0;
  for (const [start, end] of ranges) {
    parts.push(text.slice(at, start), <mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  return (
    <>
      {parts}
      {text.slice(at)}
    </>
  );
}

const external = { target: '_blank', rel: 'noopener noreferrer' } as const;

/** Quiet word under a link that no longer works or has moved; nothing for a healthy link. */
function LinkHealthNote({ entry, health }: { entry: Entry; health?: LinkHealth }) {
  const m = useMessages();
  if (health?.state === 'broken') {
    return (
      <div class="link-note link-note-broken" role="note" data-testid="link-broken">
        <p>{m.linkBroken(formatCheckedAt(health.latest.checkedAt, m))}</p>
        <p class="link-note-actions">
          <a href={entry.url} {...external}>
            {m.openAnyway}
          </a>
          <a href={siteSearchUrl(entry)} {...external}>
            {m.searchTitleAt(entryLabels(entry, m).publisher)}
          </a>
          <a href={archiveUrl(entry.url)} {...external}>
            {m.archivedCopy}
          </a>
        </p>
      </div>
    );
  }
  // The store keeps only a web address there (lib/links/store.ts).
  if (health?.state === 'moved' && health.movedTo) {
    return (
      <div class="link-note" role="note" data-testid="link-moved">
        {m.movedTo}{' '}
        <a href={health.movedTo} {...external}>
          {displayUrl(health.movedTo)}
        </a>
      </div>
    );
  }
  return null;
}
