/** lib/related: buildRelatedView, what the search page shows for an entry. */
import { describe, expect, it } from 'vitest';
import { catalogue, type Catalogue } from '../../../lib/catalogue';
import { buildRelatedView } from '../../../lib/related';
import { buildSearchUrl, parseSearchUrl } from '../../../lib/pages';

// With no role chosen ("alle"), every entry is the role's: the relatives come in their own order.
const relatedIds = (cat: Catalogue, id: string) =>
  buildRelatedView(cat, 'alle', id)?.sections[1]?.items.map((i) => i.entry.id) ?? [];

describe('the relatives', () => {
  const ids = relatedIds(catalogue, 'kompetansevurdering');

  it('puts entries sharing keywords first, then entries from the same group', () => {
    expect(ids.slice(0, 2).sort()).toEqual(['kompetanseportalen', 'vurderingskollegium']);
    expect(ids).toContain('utdanningsplaner-del-1');
  });

  it('puts a regulation and the circular that explains it first among each other’s relatives', () => {
    expect(relatedIds(catalogue, 'spesialistforskriften')[0]).toBe('rundskriv-i-2-2019');
    expect(relatedIds(catalogue, 'rundskriv-i-2-2019')[0]).toBe('spesialistforskriften');
  });

  it('puts an entry’s successor first when the successor is itself an entry', () => {
    const cat = structuredClone(catalogue);
    const [first, , third] = cat.entries;
    if (!first || !third) throw new Error('the catalogue has fewer than three entries');
    first.successors = [{ title: third.title, url: third.url, since: '2024' }];
    expect(relatedIds(cat, first.id)[0]).toBe(third.id);
    expect(relatedIds(cat, third.id)[0]).toBe(first.id);
  });

  it('never lists the entry itself, and knows nothing for an unknown id', () => {
    expect(ids).not.toContain('kompetansevurdering');
    expect(relatedIds(catalogue, 'finnes-ikke')).toEqual([]);
  });
});

describe('buildRelatedView', () => {
  it('shows the entry first, then its relatives, the role’s own before the others', () => {
    const view = buildRelatedView(catalogue, 'sykehus-leder', 'alis-kontorene');
    expect(view?.sections.map((s) => s.kind)).toEqual(['this-entry', 'related']);
    expect(view?.sections[0]?.items.map((i) => i.entry.id)).toEqual(['alis-kontorene']);
    const others = view?.sections[1]?.items.map((i) => i.otherRole) ?? [];
    expect(others.indexOf(true)).toBeGreaterThan(others.lastIndexOf(false));
  });

  it('marks only other roles’ pages so: a specialty’s own pages are every role’s, as in search', () => {
    const listedBy = (role?: string) =>
      new Set(
        catalogue.roles
          .filter((r) => !role || r.id === role)
          .flatMap((r) => r.groups.flatMap((g) => g.entries)),
      );
    const [listed, kommuneLeders] = [listedBy(), listedBy('kommune-leder')];
    const ownPage = 'regut-anestesiologi';
    expect(listed.has(ownPage)).toBe(false);
    for (const id of [ownPage, 'alis-kontorene']) {
      const items = buildRelatedView(catalogue, 'kommune-leder', id)?.sections.flatMap((s) => s.items) ?? [];
      expect(items.length).toBeGreaterThan(1);
      for (const { entry, otherRole } of items) {
        expect(otherRole, entry.id).toBe(listed.has(entry.id) && !kommuneLeders.has(entry.id));
      }
    }
  });

  it('lists the entry’s closest kin before the role’s other relatives', () => {
    const view = buildRelatedView(catalogue, 'lis', 'spesialistforskriften');
    expect(view?.sections[1]?.items[0]?.entry.id).toBe('rundskriv-i-2-2019');
  });

  it('gives null for an id that is not in the catalogue', () => {
    expect(buildRelatedView(catalogue, 'lis', '<script>')).toBeNull();
  });
});

describe('search page address', () => {
  it('carries query, role and related entry, and reads them back', () => {
    const url = buildSearchUrl('chrome-extension://x/search.html', {
      q: ' a&b=c #d ',
      role: 'lis',
      related: 'veiledning',
    });
    expect(parseSearchUrl(new URL(url).search)).toEqual({
      q: 'a&b=c #d',
      role: 'lis',
      related: 'veiledning',
    });
  });

  it('is the bare page when there is nothing to carry', () => {
    expect(buildSearchUrl('chrome-extension://x/search.html', { q: '  ' })).toBe(
      'chrome-extension://x/search.html',
    );
  });
});
