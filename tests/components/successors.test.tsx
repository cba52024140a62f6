/**
 * Where the guidance has moved on, in the search panel (components/list/SearchPanel.tsx) over the
 * bundled catalogue, as the popup holds it: the dated note and the "Nyere:" lines under an entry,
 * and search finding an entry through the pages that took over from it (the catalogue's
 * successors). Chromium keeps the lines' focus, keys and axe (tests/e2e/successors.spec.ts); the
 * ranking behind the searches is in tests/unit/search.
 */
import { fireEvent, render, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { catalogue, entriesById, groupsForRole } from '../../lib/catalogue';
import { Panel } from './search-panel';

const PLAN = 'handlingsplan-allmennlegetjenesten';
const OFFICES = 'alis-kontorene';
const GRANT = 'https://www.helsedirektoratet.no/tilskudd/nasjonal-alis-og-veiledning';
const ALIS_NO = 'https://www.alis.no/om-alis-kontorene';
const SAMLIS_NO = 'https://www.samlis.no/om-samlis-kontorene';

const entry = (id: string) => document.querySelector(`li.entry[data-entry-id="${id}"]`);
const hrefs = (links: Iterable<Element>) => [...links].map((a) => a.getAttribute('href'));

describe('the "Nyere:" lines in the list', () => {
  it('under the action plan: the dated note and "Nyere:", a link that opens a tab', async () => {
    render(<Panel role="kommune-leder" />);
    await waitFor(() => expect(entry(PLAN)).not.toBeNull());
    const plan = entry(PLAN) as Element;
    expect(plan.querySelector('[data-testid="entry-note"]')?.textContent).toMatch(
      /^Planperioden 2020–2024 er over\. .* \(per mai 2025\)$/,
    );
    const line = plan.querySelector('[data-testid="successor"]');
    expect(line?.textContent).toBe('Nyere: Nasjonal ALIS og veiledning');
    const link = line?.querySelector('a');
    expect(link?.textContent).toBe('Nasjonal ALIS og veiledning');
    expect(link?.getAttribute('href')).toBe(GRANT);
    expect(link?.getAttribute('target')).toBe('_blank');
    // The entry's own link still leads to the page the seed names.
    expect(plan.querySelector('.entry-row > a')?.getAttribute('href')).toBe(
      entriesById(catalogue).get(PLAN)?.url,
    );
  });

  it('the ALIS offices show alis.no and samlis.no, and the role list stays the seed’s', async () => {
    render(<Panel role="kommune-veileder" />);
    const seed = groupsForRole(catalogue, 'kommune-veileder').flatMap((g) => g.entries.map((e) => e.url));
    // Past the first screenful the list renders once the page is idle (SectionList.tsx).
    await waitFor(() =>
      expect(document.querySelectorAll('li.entry .entry-row > a')).toHaveLength(seed.length),
    );
    const lines = [...(entry(OFFICES)?.querySelectorAll('[data-testid="successor"]') ?? [])];
    expect(lines.map((l) => l.textContent)).toEqual([
      'Nyere: Om ALIS-kontorene',
      'Nyere: Om ALIS og SamLIS rådgivingskontor',
    ]);
    expect(hrefs(lines.flatMap((l) => [...l.querySelectorAll('a')]))).toEqual([ALIS_NO, SAMLIS_NO]);
    expect(hrefs(document.querySelectorAll('li.entry .entry-row > a'))).toEqual(seed);
  });
});

const SEARCHES: [query: string, entry: string, line: string][] = [
  ['nasjonal alis og veiledning', PLAN, 'Nyere: Nasjonal ALIS og veiledning'],
  ['alis.no', OFFICES, 'Nyere: Om ALIS-kontorene'],
  ['samlis', OFFICES, 'Nyere: Om ALIS og SamLIS rådgivingskontor'],
  // A word only a successor's note has: found only when successors are indexed.
  ['merkostnader', PLAN, 'Nyere: Nasjonal ALIS og veiledning'],
];

it.each(SEARCHES)(
  'searching "%s" finds %s in the top three, with its "Nyere:" line',
  async (query, id, line) => {
    render(<Panel role="kommune-leder" />);
    const box = document.getElementById('search-input') as HTMLInputElement;
    fireEvent.input(box, { target: { value: query } });
    await waitFor(() => expect(document.getElementById('results')?.dataset.query).toBe(query));
    const top = [...document.querySelectorAll('li.entry')]
      .slice(0, 3)
      .map((li) => li.getAttribute('data-entry-id'));
    expect(top).toContain(id);
    const lines = [...document.querySelectorAll(`li.entry[data-entry-id="${id}"] [data-testid="successor"]`)];
    expect(lines.filter((l) => l.textContent === line)).toHaveLength(1);
  },
);
