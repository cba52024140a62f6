import type { Entry } from '../lib/catalogue';
import type { LinkHealthMap } from '../lib/link-state';
import { describeHealth, formatCheckedAt, reasonText } from '../lib/link-view';
import './link-health.css';

interface Props {
  entries: Entry[];
  health: LinkHealthMap;
}

/** Every link with what the last trusted check found. */
export function LinkHealthTable({ entries, health }: Props) {
  return (
    <section aria-labelledby="links-heading">
      <h2 id="links-heading">Alle lenker</h2>
      <table class="health-table">
        <thead>
          <tr>
            <th scope="col">Lenke</th>
            <th scope="col">Tilstand</th>
            <th scope="col">HTTP</th>
            <th scope="col">Endte på</th>
            <th scope="col">Sist sjekket</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const h = health[entry.url];
            return (
              <tr key={entry.id} data-entry-id={entry.id} data-link-state={h?.state ?? 'unchecked'}>
                <td>
                  <a href={entry.url} target="_blank" rel="noopener noreferrer">
                    {entry.title}
                  </a>
                </td>
                <td>
                  {describeHealth(h)}
                  {h && reasonText(h.latest.reason) && (
                    <span class="hint">: {reasonText(h.latest.reason)}</span>
                  )}
                </td>
                <td>{h?.latest.httpStatus ?? '–'}</td>
                <td>{h?.latest.finalUrl ?? '–'}</td>
                <td>{h ? formatCheckedAt(h.latest.checkedAt) : '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
