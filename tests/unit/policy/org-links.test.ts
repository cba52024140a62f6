import { describe, expect, it, vi } from 'vitest';
import { ALL_ROLES, catalogue, groupsForRole } from '../../../lib/catalogue';
import {
  MAX_ORG_LINKS,
  parseManagedSettings,
  policy,
  resolveUserView,
  type OrgLink,
} from '../../../lib/policy';
import { buildListView } from '../../../lib/list';
import { createSearcher } from '../../../lib/search';

const link = (over: Partial<OrgLink> = {}): OrgLink => ({
  title: 'Utdanningsutvalget ved Sykehuset Innlandet',
  url: 'https://intranett.example.no/utdanningsutvalg',
  description: 'Møteplan og referater.',
  roles: null,
  group: null,
  ...over,
});

/** The links a policy's `extraLinks` gives, and the reasons logged on the way. */
function parse(extraLinks: unknown) {
  const warn = vi.fn<(reason: string) => void>();
  const links = parseManagedSettings({ extraLinks }, warn).extraLinks;
  return { links, reasons: warn.mock.calls.map(([r]) => r) };
}

describe('extraLinks, read one link at a time', () => {
  it('reads a full link and trims its texts', () => {
    const raw = [
      { ...link(), title: ' Utdanningsutvalget ved Sykehuset Innlandet ', roles: ['lis'], group: 'Utvalg' },
    ];
    expect(parse(raw)).toEqual({ links: [link({ roles: ['lis'], group: 'Utvalg' })], reasons: [] });
  });

  it('allows plain http, since intranets often have it', () => {
    expect(parse([{ title: 'Intranett', url: 'http://intranett/lis' }]).links).toHaveLength(1);
  });

  it.each([
    ['a link that is not an object', 'https://x.no', 'is not an object'],
    ['a link without title', { url: 'https://x.no' }, 'needs a "title"'],
    ['a blank title', { title: '  ', url: 'https://x.no' }, 'needs a "title"'],
    ['a javascript: address', { title: 'x', url: 'javascript:alert(1)' }, 'is not an http(s) address'],
    ['a relative address', { title: 'x', url: '/lis' }, 'is not an http(s) address'],
    ['a description that is no text', { title: 'x', url: 'https://x.no', description: 5 }, 'must be text'],
    ['roles that are no list', { title: 'x', url: 'https://x.no', roles: 'lis' }, '"roles" must list'],
    ['only unknown roles', { title: 'x', url: 'https://x.no', roles: ['overlege'] }, '"roles" must list'],
  ])('drops %s with a reason, keeping the others', (_name, bad, reason) => {
    const { links, reasons } = parse([bad, link()]);
    expect(links).toEqual([link()]);
    expect(reasons.at(-1)).toContain(`extraLinks[0]`);
    expect(reasons.at(-1)).toContain(reason);
  });

  it('reads "alle" among the roles as every role, as the IT guide says', () => {
    const { links, reasons } = parse([
      { ...link(), roles: ['alle'] },
      { ...link({ url: 'https://intranett.example.no/annen' }), roles: ['lis', 'alle'] },
    ]);
    expect(links.map((l) => l.roles)).toEqual([null, null]);
    expect(reasons).toEqual([]);
  });

  it('trims spaces and line breaks around an address', () => {
    const { links, reasons } = parse([{ title: 'x', url: '  \n https://intranett.example.no/lis\t\n' }]);
    expect(links[0]?.url).toBe('https://intranett.example.no/lis');
    expect(reasons).toEqual([]);
  });

  it('keeps no line break inside an address either', () => {
    expect(parse([{ title: 'x', url: 'https://intranett.example.no/\nlis' }]).links[0]?.url).toBe(
      'https://intranett.example.no/lis',
    );
  });

  it.each([
    'https://ola:hemmelig@intranett.example.no/lis',
    'https://ola@intranett.example.no/lis',
    ' http://:passord@intranett/lis ',
  ])('refuses an address with a user name or password: %s', (url) => {
    const { links, reasons } = parse([{ title: 'x', url }, link()]);
    expect(links).toEqual([link()]);
    expect(reasons).toEqual(['extraLinks[0] "url" must not hold a user name or password; link ignored']);
    expect(JSON.stringify(reasons)).not.toContain('hemmelig');
  });

  it('leaves out unknown roles but keeps the known ones', () => {
    const { links, reasons } = parse([{ ...link(), roles: ['lis', 'turnus'] }]);
    expect(links[0]?.roles).toEqual(['lis']);
    expect(reasons).toEqual(['extraLinks[0]: unknown roles ["turnus"] left out']);
  });
});

/** The catalogue a user sees with the organisation's `links`. */
const withLinks = (links: OrgLink[]) =>
  resolveUserView({ role: null }, { ...policy.fallback, extraLinks: links }).catalogue;

describe("the organisation's links in the catalogue", () => {
  it('returns the catalogue itself when there are no links', () => {
    expect(withLinks([])).toBe(catalogue);
  });

  it("adds a group after the role's own, in every role when no roles are given", () => {
    const cat = withLinks([link()]);
    for (const { id: role } of catalogue.roles) {
      const groups = groupsForRole(cat, role);
      expect(groups.slice(0, -1)).toEqual(groupsForRole(catalogue, role));
      expect(groups.at(-1)).toMatchObject({ org: true, title: '' });
      expect(groups.at(-1)?.entries.map((e) => e.url)).toEqual([link().url]);
    }
    const merged = groupsForRole(cat, ALL_ROLES).filter((g) => g.org);
    expect(merged.map((g) => g.entries.length)).toEqual([1]);
  });

  it('shows a link only to its roles, under its sub-heading', () => {
    const cat = withLinks([link({ roles: ['lis'], group: 'Kvalitetssystem' })]);
    expect(groupsForRole(cat, 'lis').at(-1)).toMatchObject({ org: true, title: 'Kvalitetssystem' });
    expect(groupsForRole(cat, 'sykehus-leder')).toEqual(groupsForRole(catalogue, 'sykehus-leder'));
  });

  it('makes the links searchable, in their role first', () => {
    const cat = withLinks([link({ roles: ['lis'] })]);
    const hits = createSearcher(cat).search('utdanningsutvalget', { role: 'lis' });
    expect(hits[0]).toMatchObject({ entry: { url: link().url }, inRole: true });
    const elsewhere = createSearcher(cat).search('utdanningsutvalget', { role: 'kommune-leder' });
    expect(elsewhere.find((h) => h.entry.url === link().url)?.inRole).toBe(false);
  });

  it('knows a link by its address: its id stays when IT adds a link above it or one above turns invalid', () => {
    const idOf = (raw: unknown[], url: string) =>
      withLinks(parse(raw).links).entries.find((e) => e.url === url)?.id;
    const kept = { title: 'Fagråd', url: 'https://intranett.example.no/fagrad' };
    const before = idOf([kept], kept.url);
    expect(before).toMatch(/^org-/);
    expect(idOf([{ title: 'Ny øverst', url: 'https://intranett.example.no/ny' }, kept], kept.url)).toBe(
      before,
    );
    expect(idOf([{ title: 'Ugyldig', url: 'javascript:0' }, kept], kept.url)).toBe(before);
    expect(
      idOf(
        [{ title: 'Annen', url: 'https://intranett.example.no/annen' }],
        'https://intranett.example.no/annen',
      ),
    ).not.toBe(before);
  });

  it('keeps the first of two links at one address and says so', () => {
    const { links, reasons } = parse([link(), link({ title: 'Samme adresse' })]);
    expect(links).toEqual([link()]);
    expect(reasons).toEqual(['extraLinks[1] repeats the address of another link; link ignored']);
  });

  it('gives every link its own id, even at the cap', () => {
    const many = Array.from({ length: MAX_ORG_LINKS }, (_, i) =>
      link({ url: `https://intranett.example.no/${i}` }),
    );
    const ids = withLinks(many).entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists the group in the popup view when the search box is empty', () => {
    const cat = withLinks([link()]);
    const view = buildListView(cat, 'lis', '');
    expect(view.sections.at(-1)).toMatchObject({ kind: 'org', title: '' });
  });

  it(`uses at most ${MAX_ORG_LINKS} links, and says so naming the cap`, () => {
    const many = Array.from({ length: MAX_ORG_LINKS + 20 }, (_, i) => ({
      title: `Lenke ${i}`,
      url: `https://intranett.example.no/${i}`,
    }));
    const { links, reasons } = parse(many);
    expect(links).toHaveLength(MAX_ORG_LINKS);
    expect(links.at(-1)?.title).toBe(`Lenke ${MAX_ORG_LINKS - 1}`);
    expect(reasons).toContainEqual(expect.stringContaining(`only the first ${MAX_ORG_LINKS}`));
  });
});
