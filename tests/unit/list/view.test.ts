import { describe, expect, it } from 'vitest';
import { catalogue, groupsForRole } from '../../../lib/catalogue';
import { roleName } from '../../../lib/i18n';
import { nb } from '../../../lib/i18n/nb';
import { buildListView, flatItems, moveSelection } from '../../../lib/list';
import { searcherFor, type Searcher } from '../../../lib/search';

const searcher = searcherFor(catalogue);
const [a, b, c] = catalogue.entries.map((e) => e.id) as [string, string, string];
const ids = (items: { entry: { id: string } }[] | undefined) => items?.map((i) => i.entry.id);

describe('the role view', () => {
  it('shows a role its groups in seed order', () => {
    const view = buildListView(catalogue, 'sykehus-leder', '');
    const seed = view.sections.filter((s) => s.kind === 'group');
    expect(seed.map((s) => [s.kind, s.title])).toEqual([
      ['group', 'Ansvar, roller og regelverk i spesialistutdanningen for leger'],
      ['group', 'Søknad om å bli godkjent utdanningsvirksomhet'],
      ['group', 'Spesialistutdanningens innhold og gjennomføring'],
      ['group', 'Kompetanseportalen og godkjenning av læringsmål'],
    ]);
    expect(flatItems({ sections: seed, empty: null })).toHaveLength(14);
    // Spes's own groups follow the seed's, marked as its own.
    const kinds = view.sections.map((s) => s.kind);
    expect(kinds.slice(seed.length).every((k) => k === 'own')).toBe(true);
    expect(kinds.length).toBeGreaterThan(seed.length);
    expect(view.empty).toBeNull();
  });

  it('lists favourites, then recent, above the groups, skipping ids the catalogue no longer has', () => {
    const view = buildListView(catalogue, 'lis', '', undefined, { favourites: [b, 'gone'], recent: [c, a] });
    expect(view.sections.slice(0, 2).map((s) => s.kind)).toEqual(['favourites', 'recent']);
    expect(ids(view.sections[0]?.items)).toEqual([b]);
    expect(ids(view.sections[1]?.items)).toEqual([c, a]);
    expect(view.sections[2]?.kind).toBe('group');
  });

  it('leaves out empty pinned sections', () => {
    const kinds = (pinned: { favourites: string[]; recent: string[] }) =>
      buildListView(catalogue, 'lis', '', undefined, pinned)
        .sections.filter((s) => s.kind === 'favourites' || s.kind === 'recent')
        .map((s) => s.kind);
    expect(kinds({ favourites: [], recent: [a] })).toEqual(['recent']);
    expect(kinds({ favourites: ['gone'], recent: [] })).toEqual([]);
  });
});

describe('"Alle roller"', () => {
  const groups = groupsForRole(catalogue, 'alle');

  it('lists every link exactly once', () => {
    const listed = groups.flatMap((g) => g.entries.map((e) => e.id));
    // Every entry a role lists; a specialty's own pages are listed with the specialty.
    const inRoles = new Set(catalogue.roles.flatMap((r) => r.groups.flatMap((g) => g.entries)));
    expect(listed).toHaveLength(inRoles.size);
    expect(new Set(listed)).toEqual(inRoles);
    expect(roleName(catalogue, 'alle', nb)).toBe('Alle roller');
  });

  it('puts each link in the first group the seed gives it', () => {
    for (const entry of catalogue.entries) {
      const first = catalogue.roles.flatMap((r) => r.groups).find((g) => g.entries.includes(entry.id));
      const shown = groups.find((g) => g.entries.includes(entry));
      const merged = catalogue.allRoles?.find((m) => m.groups.includes(first?.title ?? ''));
      expect(shown?.title, entry.id).toBe(merged?.title ?? first?.title);
    }
  });

  it('merges the groups that mean the same into one heading', () => {
    const titles = groups.map((g) => g.title);
    expect(new Set(titles).size).toBe(titles.length);
    for (const merged of catalogue.allRoles ?? []) {
      expect(titles).toContain(merged.title);
      for (const title of merged.groups) expect(titles).not.toContain(title);
    }
  });
});

describe('the search view', () => {
  it('ranks the hits in one list, marking other roles’ hits', () => {
    const view = buildListView(catalogue, 'sykehus-leder', 'ALIS', searcher);
    expect(view.sections.map((s) => s.kind)).toEqual(['hits']);
    const items = flatItems(view);
    expect(items.some((i) => i.otherRole)).toBe(true);
    expect(items.some((i) => !i.otherRole)).toBe(true);
  });

  it('says so when nothing matches anywhere', () => {
    expect(buildListView(catalogue, 'lis', 'qqqxxzz', searcher)).toEqual({ sections: [], empty: 'no-hits' });
  });

  it('says when every hit is from another role, above those hits', () => {
    const entry = catalogue.entries[0] as (typeof catalogue.entries)[number];
    const elsewhere: Searcher = {
      search: () => [{ entry, score: 0.1, inRole: false, highlights: { title: [], description: [] } }],
      isTopic: () => false,
    };
    const view = buildListView(catalogue, 'lis', 'x', elsewhere);
    expect(view.empty).toBe('no-hits-in-role');
    expect(view.sections.map((s) => s.kind)).toEqual(['other-roles']);
    expect(flatItems(view)).toEqual([expect.objectContaining({ entry, otherRole: true })]);
  });
});

describe('the list for the search box', () => {
  const pinned = { favourites: [a], recent: [] };

  it("is the role's view, pinned links and all, while the box is blank", () => {
    expect(buildListView(catalogue, 'lis', '  ', searcher, pinned)).toEqual(
      buildListView(catalogue, 'lis', '', undefined, pinned),
    );
  });

  it("stays the role's view while the search has not loaded", () => {
    expect(buildListView(catalogue, 'lis', 'ALIS')).toEqual(buildListView(catalogue, 'lis', ''));
    expect(buildListView(catalogue, 'lis', 'ALIS', searcher).sections.map((s) => s.kind)).toEqual(['hits']);
  });
});

describe('moveSelection', () => {
  it('starts at the first or last item and stays in bounds', () => {
    expect(moveSelection(-1, 1, 5)).toBe(0);
    expect(moveSelection(-1, -1, 5)).toBe(4);
    expect(moveSelection(4, 1, 5)).toBe(4);
    expect(moveSelection(0, -1, 5)).toBe(0);
    expect(moveSelection(2, 1, 0)).toBe(-1);
  });
});
