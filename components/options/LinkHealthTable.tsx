import type { Entry } from '../../lib/catalogue';
import { describeHealth, formatCheckedAt, reasonText } from '../../lib/i18n';
import type { LinkHealthMap } from '../../lib/links';
import { useMessages } from '../page/useMessages';
import '../list/link-health.css';
import '../list/successor.css';

interface Props {
  entries: Entry[];
  health: LinkHealthMap;
}

interface Row {
  key: string;
  entryId: string;
  url: string;
  title: string;
  /** A page recorded as the entry's successor, listed under the entry's own row. */
  successor: boolean;
}

/** Each entry's row, then a row for each page recorded as its successor: all are checked alike. */
function rowsOf(entries: Entry[]): Row[] {
  return entries.flatMap((e) => [
    { key: e.id, entryId: e.id, url: e.url, title: e.title, successor: false },
    ...(e.successors ?? []).map((s) => ({
      key: `${e.id} ${s.url}`,
      entryId: e.id,
      url: s.url,
      title: s.title,
      successor: true,
    })),
  ]);
}

/** Every link, and every page that has taken over from one, with what the last trusted check found. */
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
          {rowsOf(entries).map((row) => {
            const h = health[row.url];
            const { successor } = row;
            return (
              <tr
                key={row.key}
                // An entry's row keeps data-entry-id to itself, so tests and styles find one row.
                data-entry-id={successor ? undefined : row.entryId}
                data-successor-of={successor ? row.entryId : undefined}
                data-link-state={h?.state ?? 'unchecked'}
              >
                <td class={successor ? 'successor-cell' : undefined}>
                  {successor && <span class="successor-label">{m.newer} </span>}
                  <a href={row.url} target="_blank" rel="noopener noreferrer">
                    {row.title}
                  </a>
                </td>
                <td>
                  <span class="health-state">{describeHealth(h, m)}</span>
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
