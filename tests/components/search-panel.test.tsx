/**
 * The search box and its list (components/list/SearchPanel.tsx) over the bundled catalogue: each
 * role's links as the seed groups them, the empty states, what a screen reader hears from the box,
 * and Escape.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ALL_ROLES, catalogue, groupsForRole } from '../../lib/catalogue';
import { sectionHeading } from '../../lib/i18n';
import { nb } from '../../lib/i18n/nb';
import { Panel } from './search-panel';

const searchBox = () => document.getElementById('search-input') as HTMLInputElement;
const entries = () => [...document.querySelectorAll<HTMLLIElement>('li.entry')];
const text = (id: string) => document.getElementById(id)?.textContent;
/** How many links a role's list holds without a query. */
const listed = (role: string) => groupsForRole(catalogue, role).flatMap((g) => g.entries).length;

/** Types into the box and waits until the list shows that query's answer (the search loads lazily). */
async function search(query: string): Promise<void> {
  fireEvent.input(searchBox(), { target: { value: query } });
  await waitFor(() => expect(document.getElementById('results')?.dataset.query).toBe(query));
}

describe('the list without a query', () => {
  it.each([...catalogue.roles.map((r) => r.id), ALL_ROLES])(
    'shows exactly the links of %s, grouped',
    async (role) => {
      render(<Panel role={role} />);
      const expected = groupsForRole(catalogue, role);
      // Past the first screenful the list renders once the page is idle (SectionList.tsx).
      await waitFor(() => expect(document.querySelectorAll('.group > h2')).toHaveLength(expected.length));
      const headings = [...document.querySelectorAll('.group > h2')].map((h) => h.textContent);
      // Spes's own groups say so beside the heading; the seed's stand as published.
      const heading = (g: (typeof expected)[number]) =>
        sectionHeading({ kind: g.own ? 'own' : 'group', title: g.title, items: [] }, nb);
      expect(headings).toEqual(expected.map(heading));
      expect(headings.filter((h, i) => !expected[i]?.own)).toEqual(
        expected.filter((g) => !g.own).map((g) => g.title),
      );
      // Each entry's own link; the "Nyere:" links under some entries are not the role's.
      const links = [...document.querySelectorAll('li.entry .entry-row > a')];
      const hrefs = links.map((a) => a.getAttribute('href'));
      expect(hrefs).toEqual(expected.flatMap((g) => g.entries.map((e) => e.url)));
      // Real links that open in a new tab, as the popup's are.
      expect(links.every((a) => a.getAttribute('target') === '_blank')).toBe(true);
    },
  );
});

describe('the empty states', () => {
  it("says so when no hit is the role's own, marks the others' hits, and keeps focus in the box", async () => {
    render(<Panel role="sykehus-leder" />);
    expect(document.activeElement).toBe(searchBox());
    await search('ALIS for dummies');
    const said = screen.getByText(nb.noHitsInRole(nb.roleNames['sykehus-leder'].name));
    expect(said.getAttribute('role')).toBe('status');
    expect(entries()[0]?.dataset.entryId).toBe('alis-for-dummies');
    expect(entries()[0]?.querySelector('.badge')?.textContent).toBe(nb.otherRoleBadge);
    expect(document.activeElement).toBe(searchBox());

    fireEvent.input(searchBox(), { target: { value: '' } });
    expect(entries()).toHaveLength(listed('sykehus-leder'));
    expect(document.querySelectorAll('.badge')).toHaveLength(0);
    expect(document.querySelector('.empty')).toBeNull();
  });

  it('says plainly when nothing matches, with what to try instead', async () => {
    render(<Panel role="lis" />);
    await search('qqqxyzzy');
    const empty = document.querySelector('.empty');
    expect(empty?.getAttribute('role')).toBe('status');
    expect(empty?.querySelector('p')?.textContent).toBe(nb.noHitsFor.replace('{query}', 'qqqxyzzy'));
    expect(empty?.querySelector('.query')?.textContent).toBe('qqqxyzzy');
    expect(empty?.querySelector('.hint')?.textContent).toBe(nb.noHitsHint);
    expect(entries()).toHaveLength(0);
    expect(text('result-count')).toBe(''); // the empty state says it, once
  });
});

describe('what a screen reader hears from the search box', () => {
  it('the hit count, and the entry Up and Down select with its place', async () => {
    render(<Panel role="lis" />);
    expect(searchBox().getAttribute('aria-describedby')).toBe('result-count');
    expect(document.getElementById('result-count')?.getAttribute('role')).toBe('status');
    expect(document.getElementById('selection-status')?.getAttribute('role')).toBe('status');
    await search('turnus');
    const hits = entries().length;
    expect(hits).toBeGreaterThan(1);
    expect(text('result-count')).toBe(nb.hitCount(hits));
    expect(text('selection-status')).toBe(''); // typing alone selects the first hit silently

    fireEvent.keyDown(searchBox(), { key: 'ArrowDown' });
    const second = document.querySelector('li.entry.selected .entry-title')?.textContent ?? '';
    expect(entries()[1]?.classList.contains('selected')).toBe(true);
    expect(text('selection-status')).toBe(nb.selectedOf(second, 2, hits));
    fireEvent.keyDown(searchBox(), { key: 'ArrowUp' });
    const first = entries()[0]?.querySelector('.entry-title')?.textContent ?? '';
    expect(text('selection-status')).toBe(nb.selectedOf(first, 1, hits));
    expect(document.activeElement).toBe(searchBox());
  });
});

describe('Escape in the search box', () => {
  it("clears the search first, back to the role's list; only then leaves", async () => {
    let left = 0;
    render(<Panel role="lis" onEscapeEmpty={() => void left++} />);
    await search('turnus');
    expect(document.querySelector('.group > h2')?.textContent).toBe(nb.sectionTitles.hits);
    fireEvent.keyDown(searchBox(), { key: 'Escape' });
    expect(searchBox().value).toBe('');
    expect(entries()).toHaveLength(listed('lis'));
    expect(text('result-count')).toBe('');
    expect(left).toBe(0);
    fireEvent.keyDown(searchBox(), { key: 'Escape' });
    expect(left).toBe(1);
  });
});
