/**
 * Search finds an entry through the pages that took over from it (the catalogue's successors), and
 * the hit shows its "Nyere:" line: the search panel (components/list/SearchPanel.tsx) over the
 * bundled catalogue, as the popup holds it for "Leder i kommune". Chromium keeps the line's look,
 * keys and axe (tests/e2e/successors.spec.ts); the ranking behind it is in tests/unit/search.
 */
import { fireEvent, render, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { expect, it } from 'vitest';
import { SearchPanel } from '../../components/list/SearchPanel';
import { catalogue } from '../../lib/catalogue';

const PLAN = 'handlingsplan-allmennlegetjenesten';
const OFFICES = 'alis-kontorene';

function Panel() {
  const [query, setQuery] = useState('');
  return (
    <SearchPanel
      view={{ catalogue, specialty: null, locked: false, provisional: false }}
      role="kommune-leder"
      query={query}
      onQueryChange={setQuery}
      onOpen={() => undefined}
    />
  );
}

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
    render(<Panel />);
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
