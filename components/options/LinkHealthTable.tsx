import type { Entry } from '../../lib/catalogue';
import { describeHealth, formatCheckedAt, type LinkHealthMap, reasonText } from '../../lib/links';
import { useMessages } from '../page/useMessages';
import '../list/link-health.css';

interface Props {
  entries: Entry[];
  health: LinkHealthMap;
}

/** Every link with what the last trusted check found. */
export function LinkHealthTable({ entries, health }: Props) {
  const m = useMessages();
  const columns = m.tableColumns;
  return (
    <section aria-labelledby="links-heading">
      <h2 id="links-heading">{m.allLinksHeading}</h2>
      <table class="health-table">
        <thead>
          <tr>
            <th scope="col">{columns.link}</th>
            <th scope="col">{columns.state}</th>
            <th scope="col">{columns.http}</th>
            <th scope="col">{columns.endedAt}</th>
            <th scope="col">{columns.checkedAt}</th>
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
                  {describeHealth(h, m)}
                  {h && reasonText(h.latest.reason, m) && (
                    <span class="hint">: {reasonText(h.latest.reason, m)}</span>
                  )}
                </td>
                <td>{h?.latest.httpStatus ?? '–'}</td>
                <td>{h?.latest.finalUrl ?? '–'}</td>
                <td>{h ? formatCheckedAt(h.latest.checkedAt, m) : '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
