import type { Entry } from '../lib/catalogue';
import type { Range } from '../lib/highlight';
import type { LinkHealth } from '../lib/link-state';
import { Highlighted } from './Highlighted';
import { LinkHealthNote } from './LinkHealthNote';

interface Props {
  entry: Entry;
  /** DOM id, so the search box can point at the selected item with aria-activedescendant. */
  id: string;
  selected?: boolean;
  otherRole?: boolean;
  highlights?: { title: Range[]; description: Range[] };
  /** What the background link check found; a broken link keeps its place, with a note. */
  health?: LinkHealth;
  /** False on the full search page, where a result opens in place like any link. */
  newTab?: boolean;
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
}: Props) {
  return (
    <li
      class={selected ? 'entry selected' : 'entry'}
      data-entry-id={entry.id}
      data-link-state={health?.state}
    >
      <a
        id={id}
        href={entry.url}
        target={newTab ? '_blank' : undefined}
        rel="noopener noreferrer"
        aria-current={selected || undefined}
      >
        <span class="entry-title">
          <Highlighted text={entry.title} ranges={highlights?.title} />
        </span>
        <span class="entry-meta">
          {entry.publisher} · {entry.kind}
          {otherRole && <span class="badge">Annen rolle</span>}
        </span>
        <span class="entry-description">
          <Highlighted text={entry.description} ranges={highlights?.description} />
        </span>
      </a>
      <LinkHealthNote entry={entry} health={health} />
    </li>
  );
}
