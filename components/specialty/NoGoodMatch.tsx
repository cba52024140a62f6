import { entriesById, type Catalogue } from '../../lib/catalogue';
import { buildSearchUrl } from '../../lib/pages';
import { useMessages } from '../page/useMessages';

interface Props {
  catalogue: Catalogue;
  query: string;
  role: string;
  /** The full search page, offered from the popup; left out on the search page itself. */
  offerSearchPage: boolean;
}

// Helsedirektoratet's specialist-training hub, a seed entry (assets/catalogue.json): it leads on
// to every specialty, including those whose own pages Spes does not have.
const HUB = 'spesialistutdanning';

/**
 * Under "no good match": the way on, rather than a page of weak hits. The specialty picker (a
 * specialty's pages may hold the answer), the directorate's hub, and the full search page.
 */
export function NoGoodMatch({ catalogue, query, role, offerSearchPage }: Props) {
  const m = useMessages();
  const hub = entriesById(catalogue).get(HUB);
  const focusPicker = () => document.querySelector<HTMLSelectElement>('.specialty-picker > select')?.focus();
  return (
    <nav class="no-good-match" aria-label={m.noGoodMatchWayOn}>
      <p class="hint">{m.noGoodMatchWayOn}</p>
      <ul>
        <li>
          <button type="button" class="link-button" onClick={focusPicker}>
            {m.noGoodMatchPickSpecialty}
          </button>
        </li>
        {hub && (
          <li>
            <a href={hub.url} target="_blank" rel="noreferrer">
              {m.noGoodMatchHub}
            </a>
          </li>
        )}
        {offerSearchPage && (
          <li>
            <a href={buildSearchUrl('search.html', { q: query, role })} target="_blank" rel="noreferrer">
              {m.noGoodMatchSearchPage}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
