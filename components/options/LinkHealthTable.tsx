import type { Entry } from '../../lib/catalogue';
import { describeHealth, formatCheckedAt } from '../../lib/i18n';
import type { LinkHealthMap } from '../../lib/links';
import { useMessages } from '../page/useMessages';
import '../list/link-health.css';
import '../list/successor.css';
import './health-table.css';

/**
 * Every link, and under it every page recorded as its successor (all are checked alike), with what
 * the last trusted check found.
 */
export function LinkHealthTable({ entries, health }: { entries: Entry[]; health: LinkHealthMap }) {
  const m = useMessages();
  const columns = m.tableColumns;
  // An entry's row keeps data-entry-id to itself, so tests and styles find one row.
  const row = (entryId: string, link: { url: string; title: string }, successor: boolean) => {
    const h = health[link.url];
    return (
      <tr
        key={successor ? `${entryId} ${link.url}` : entryId}
        data-entry-id={successor ? undefined : entryId}
        data-successor-of={successor ? entryId : undefined}
        data-link-state={h?.state ?? 'unchecked'}
      >
        <td class={successor ? 'successor-cell' : undefined}>
          {successor && <span class="successor-label">{m.newer} </span>}
          <a href={link.url} target="_blank" rel="noopener noreferrer">
            {link.title}
          </a>
        </td>
        <td>
          <span class="health-state">{describeHealth(h, m)}</span>
          {h && m.reasonTexts[h.latest.reason] && (
            <span class="hint">: {m.reasonTexts[h.latest.reason]}</span>
          )}
        </td>
        <td>{h?.latest.httpStatus ?? '–'}</td>
        <td>{h?.latest.finalUrl ?? '–'}</td>
        <td>{h ? formatCheckedAt(h.latest.checkedAt, m) : '–'}</td>
      </tr>
    );
  };
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
          {entries.flatMap((e) => [
            row(e.id, e, false),
            ...(e.successors ?? []).map((s) => row(e.id, s, true)),
          ])}
        </tbody>
      </table>
    </section>
  );
}
