import { describe, expect, it } from 'vitest';
import { catalogue, groupsForRole, roleName } from '../../../lib/catalogue';
import { buildView, flatItems, moveSelection, OTHER_ROLES_TITLE } from '../../../lib/list/view';
import { nb } from '../../../lib/i18n/nb';
import { createSearcher } from '../../../lib/search';

const searcher = createSearcher(catalogue);

describe('what the popup lists', () => {
  it('shows a role its groups in seed order when the query is empty', () => {
    const view = buildView(catalogue, searcher, 'sykehus-leder', '  ');
    expect(view.sections.map((s) => s.title)).toEqual([
      'Ansvar, roller og regelverk i spesialistutdanningen for leger',
      'Søknad om å bli godkjent utdanningsvirksomhet',
      'Spesialistutdanningens innhold og gjennomføring',
      'Kompetanseportalen og godkjenning av læringsmål',
    ]);
    expect(flatItems(view)).toHaveLength(14);
    expect(view.empty).toBeNull();
  });

  it('merges every role for "alle", each entry once', () => {
    const entries = groupsForRole(catalogue, 'alle').flatMap((g) => g.entries.map((e) => e.id));
    expect(new Set(entries).size).toBe(23);
    expect(roleName(catalogue, 'alle', nb)).toBe('Alle roller');
  });

  it("lists other roles' hits after the role's own, marked", () => {
    const view = buildView(catalogue, searcher, 'sykehus-leder', 'ALIS');
    const items = flatItems(view);
    const firstOther = items.findIndex((i) => i.otherRole);
    expect(firstOther).toBeGreaterThan(-1);
    expect(items.slice(firstOther).every((i) => i.otherRole)).toBe(true);
    expect(view.sections.at(-1)?.title).toBe(OTHER_ROLES_TITLE);
  });

  it('says so when nothing matches anywhere', () => {
    expect(buildView(catalogue, searcher, 'lis', 'qqqxxzz').empty).toBe('no-hits');
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
