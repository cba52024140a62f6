import { describe, expect, it } from 'vitest';
import { ALL_ROLES, catalogue, entriesOfRole, type Catalogue } from '../../../lib/catalogue';
import { sectionHeading, type Messages } from '../../../lib/i18n';
import { en } from '../../../lib/i18n/en';
import { nb } from '../../../lib/i18n/nb';
import { buildListView } from '../../../lib/list';
import { policy, resolveUserView } from '../../../lib/policy';
import { linkCount, sharedList, type ShareList, type ShareSource } from '../../../lib/share';
import { searcherFor } from '../../../lib/search';
import type { LinkHealthMap } from '../../../lib/links';
import { brokenHealth, HOSTILE } from './helpers';

const searcher = searcherFor(catalogue);
/** The list the popup shows for this role and query, as the share menu hands it on. */
const shown = (source: ShareSource, m: Messages, health: LinkHealthMap) =>
  sharedList(buildListView(source.catalogue, source.role, source.query, searcher), source, m, health);
const urlsOf = (list: ShareList) => list.groups.flatMap((g) => g.links.map((l) => l.url));
const roleUrls = (cat: Catalogue, role: string) => {
  // "Alle roller" lists what the roles list; a specialty's own pages come with the specialty.
  const ids =
    role === ALL_ROLES
      ? new Set(cat.roles.flatMap((r) => r.groups.flatMap((g) => g.entries)))
      : entriesOfRole(cat, role);
  return cat.entries.filter((e) => ids.has(e.id)).map((e) => e.url);
};
const ROLES = [...catalogue.roles.map((r) => r.id), ALL_ROLES];

describe('the shared list of a role', () => {
  it.each(ROLES)('has every link of %s exactly once', (role) => {
    const list = shown({ catalogue, role, query: '' }, nb, {});
    const urls = urlsOf(list);
    expect(new Set(urls).size).toBe(urls.length);
    expect([...urls].sort()).toEqual([...new Set(roleUrls(catalogue, role))].sort());
    expect(linkCount(list)).toBe(urls.length);
  });

  it('keeps the groups and their order as the list shows them', () => {
    const list = shown({ catalogue, role: 'sykehus-leder', query: '' }, nb, {});
    const view = buildListView(catalogue, 'sykehus-leder', '');
    expect(list.groups.map((g) => g.heading)).toEqual(view.sections.map((s) => sectionHeading(s, nb)));
    expect(list.title).toBe('Lenker: Leder på sykehus');
    expect(shown({ catalogue, role: ALL_ROLES, query: '' }, en, {}).title).toBe('Links: All roles');
  });

  it("leaves out the user's favourites and recently opened, which are not the role's", () => {
    const [first, second] = catalogue.entries;
    const pinned = { favourites: [first?.id ?? ''], recent: [second?.id ?? ''] };
    const list = sharedList(
      buildListView(catalogue, 'lis', '', undefined, pinned),
      { catalogue, role: 'lis', query: '' },
      nb,
      {},
    );
    expect(list.groups.map((g) => g.heading)).not.toContain(nb.sectionTitles.favourites);
    expect(list.groups.map((g) => g.heading)).not.toContain(nb.sectionTitles.recent);
    expect(urlsOf(list).filter((url) => url === first?.url)).toHaveLength(1);
  });

  it("brings the organisation's own links, hostile text and all, under their heading", () => {
    const extraLinks = [
      {
        title: HOSTILE,
        url: 'https://intranett.example/a',
        description: HOSTILE,
        roles: ['lis'],
        group: 'Vakt',
      },
    ];
    const org = resolveUserView({ role: null }, { ...policy.fallback, extraLinks }).catalogue;
    const list = shown({ catalogue: org, role: 'lis', query: '' }, nb, {});
    const last = list.groups.at(-1);
    expect(last?.heading).toBe('Fra din arbeidsplass: Vakt');
    expect(last?.links.map((l) => [l.title, l.url])).toEqual([[HOSTILE, 'https://intranett.example/a']]);
    expect(urlsOf(list)).toHaveLength(roleUrls(org, 'lis').length);
  });

  it('marks the links the stored check confirmed broken, and carries successors', () => {
    const [entry] = catalogue.entries;
    const url = entry?.url ?? '';
    const successors = [{ title: 'Ny', url: 'https://a.no/ny', since: '2025' }];
    const cat = {
      ...catalogue,
      entries: catalogue.entries.map((e) => (e.url === url ? { ...e, successors } : e)),
    };
    const list = shown({ catalogue: cat, role: ALL_ROLES, query: '' }, nb, brokenHealth(url));
    const links = list.groups.flatMap((g) => g.links);
    expect(links.filter((l) => l.broken).map((l) => l.url)).toEqual([url]);
    expect(links.find((l) => l.url === url)?.successors).toEqual(successors);
  });
});

describe('the shared list of a search', () => {
  it('is the hits as shown, under one heading, titled by the query', () => {
    const list = shown({ catalogue, role: 'lis', query: 'veileder' }, nb, {});
    expect(list.title).toBe('Lenker: søk etter «veileder»');
    expect(list.groups.map((g) => g.heading)).toEqual([nb.sectionTitles.hits]);
    expect(linkCount(list)).toBeGreaterThan(0);
    expect(new Set(urlsOf(list)).size).toBe(linkCount(list));
  });

  it('is empty when nothing matches', () => {
    expect(linkCount(shown({ catalogue, role: 'lis', query: 'qqqxyzzy' }, nb, {}))).toBe(0);
  });
});
