/** The one user view: role, lock and catalogue, for every page, the omnibox, the menu and the badge. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { catalogue } from '../../../lib/catalogue';
import {
  policy,
  provisionalUserView,
  readUserView,
  resolveUserView,
  shownRole,
  shownSpecialty,
  type OrgLink,
} from '../../../lib/policy';
import { saveRole } from '../../../lib/prefs';

const withDefault = { ...policy.fallback, defaultRole: 'lis' };
const link: OrgLink = {
  title: 'Lokal prosedyre',
  url: 'https://intranett.example.no/prosedyre',
  description: '',
  roles: null,
  group: null,
};

describe('shownRole: the role a page with ?role= shows', () => {
  const free = { role: 'lis', locked: false };

  it("lets a role the address names win over the user's, so a deep link shows what it promises", () => {
    expect(shownRole(free, 'kommune-leder')).toBe('kommune-leder');
    expect(shownRole(free, 'alle')).toBe('alle');
  });

  it("keeps the user's role when the address names none, or one the catalogue does not know", () => {
    expect(shownRole(free, undefined)).toBe('lis');
    expect(shownRole(free, 'tannlege')).toBe('lis');
  });

  it('keeps a locked role whatever the address says', () => {
    expect(shownRole({ role: 'sykehus-leder', locked: true }, 'lis')).toBe('sykehus-leder');
  });

  it('shows every role while neither the address nor the view names one', () => {
    expect(shownRole({ role: null, locked: false }, undefined)).toBe('alle');
    expect(shownRole({ role: null, locked: false }, 'lis')).toBe('lis');
  });
});

describe('shownSpecialty: the specialty a page with ?specialty= shows', () => {
  const view = { specialty: 'ort' };

  it("lets the address's specialty, or its none, win over the user's", () => {
    expect(shownSpecialty(view, 'ane')).toBe('ane');
    expect(shownSpecialty(view, null)).toBeNull();
  });

  it("keeps the user's specialty when the address names none, or one the catalogue does not know", () => {
    expect(shownSpecialty(view, undefined)).toBe('ort');
    expect(shownSpecialty(view, 'ORT')).toBe('ort');
    expect(shownSpecialty({ specialty: null }, 'bogus')).toBeNull();
  });
});

describe('resolveUserView', () => {
  it("uses the user's own pick over the default", () => {
    expect(resolveUserView({ role: 'sykehus-leder' }, withDefault)).toMatchObject({
      role: 'sykehus-leder',
      locked: false,
    });
  });

  it('uses the default until the user picks, and has no role without either', () => {
    expect(resolveUserView({ role: null }, withDefault)).toMatchObject({ role: 'lis', locked: false });
    expect(resolveUserView({ role: null }, policy.fallback)).toMatchObject({ role: null, locked: false });
  });

  it('lets a locked role win over the pick', () => {
    const view = resolveUserView({ role: 'sykehus-leder' }, { ...withDefault, lockRole: true });
    expect(view).toMatchObject({ role: 'lis', locked: true });
  });

  it('is the bundled catalogue without organisation links', () => {
    expect(resolveUserView({ role: 'lis' }, policy.fallback).catalogue).toBe(catalogue);
  });

  it('adds the organisation links, and gives the same catalogue object for equal links', () => {
    const first = resolveUserView({ role: 'lis' }, { ...policy.fallback, extraLinks: [link] });
    const again = resolveUserView({ role: 'lis' }, { ...policy.fallback, extraLinks: [{ ...link }] });
    expect(first.catalogue.entries.map((e) => e.url)).toContain(link.url);
    expect(again.catalogue).toBe(first.catalogue);
    const changed = resolveUserView(
      { role: 'lis' },
      { ...policy.fallback, extraLinks: [{ ...link, title: 'Ny' }] },
    );
    expect(changed.catalogue).not.toBe(first.catalogue);
  });
});

describe("provisionalUserView: the page's copy of the policy, before the browser answers", () => {
  const copy = { ...policy.fallback, defaultRole: 'lis', lockRole: true, extraLinks: [link] };

  it('paints the role the copy has, locked or not', () => {
    expect(provisionalUserView({ role: 'kommune-leder' }, copy)).toMatchObject({
      role: 'lis',
      provisional: true,
    });
  });

  it('offers none of the links IT may have removed since', () => {
    const view = provisionalUserView({ role: null }, copy);
    expect(view.catalogue).toBe(catalogue);
    expect(view.catalogue.entries.some((e) => e.url === link.url)).toBe(false);
  });

  it('is the only view that is provisional', () => {
    expect(resolveUserView({ role: null }, copy).provisional).toBe(false);
  });
});

describe('readUserView', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the stored role and the policy together', async () => {
    await saveRole('sykehus-leder');
    await fakeBrowser.storage.managed.set({ defaultRole: 'kommune-leder', lockRole: true });
    expect(await readUserView()).toMatchObject({ role: 'kommune-leder', locked: true });
  });
});
