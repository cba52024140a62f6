import type { Entry } from '../lib/catalogue';
import type { LinkHealth } from '../lib/link-state';
import { archiveUrl, formatCheckedAt, siteSearchUrl } from '../lib/link-view';
import './link-health.css';

interface Props {
  entry: Entry;
  health?: LinkHealth;
}

const external = { target: '_blank', rel: 'noopener noreferrer' } as const;

/** Quiet word under a link that no longer works or has moved; nothing for a healthy link. */
export function LinkHealthNote({ entry, health }: Props) {
  if (health?.state === 'broken') {
    return (
      <div class="link-note link-note-broken" role="note" data-testid="link-broken">
        <p>Lenken virket ikke da den ble sjekket {formatCheckedAt(health.latest.checkedAt)}.</p>
        <p class="link-note-actions">
          <a href={entry.url} {...external}>
            Åpne likevel
          </a>
          <a href={siteSearchUrl(entry)} {...external}>
            Søk etter tittelen hos {entry.publisher}
          </a>
          <a href={archiveUrl(entry.url)} {...external}>
            Arkivert kopi
          </a>
        </p>
      </div>
    );
  }
  if (health?.state === 'moved' && health.movedTo) {
    return (
      <div class="link-note" role="note" data-testid="link-moved">
        Siden er flyttet til{' '}
        <a href={health.movedTo} {...external}>
          {displayUrl(health.movedTo)}
        </a>
      </div>
    );
  }
  return null;
}

/** Host and path, without the scheme: short enough for the popup, exact enough to trust. */
function displayUrl(url: string): string {
  const u = new URL(url);
  return `${u.host}${u.pathname}${u.search}`.replace(/\/$/, '');
}
