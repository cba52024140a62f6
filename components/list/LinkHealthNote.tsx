import { isWebUrl, type Entry } from '../../lib/catalogue';
import { entryLabels, formatCheckedAt } from '../../lib/i18n';
import { archiveUrl, displayUrl, type LinkHealth, siteSearchUrl } from '../../lib/links';
import { useMessages } from '../page/useMessages';
import './link-health.css';

interface Props {
  entry: Entry;
  health?: LinkHealth;
}

const external = { target: '_blank', rel: 'noopener noreferrer' } as const;

/** Quiet word under a link that no longer works or has moved; nothing for a healthy link. */
export function LinkHealthNote({ entry, health }: Props) {
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
  // Stored health is repaired on read (lib/links/store.ts); the check here keeps any other
  // value from ever reaching an href.
  if (health?.state === 'moved' && isWebUrl(health.movedTo)) {
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
