/**
 * The specialty beside the role: the catalogue's specialties (lib/specialty), the stored choice
 * (lib/prefs), the organisation's default (lib/policy), the list's group (lib/list) and search
 * and the omnibox ranking the chosen specialty's pages first.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { catalogue, entriesById, findSpecialty } from '../../../lib/catalogue';
import { buildListView } from '../../../lib/list';
import { buildSuggestions } from '../../../lib/omnibox';
import { policy, readUserView, resolveUserView } from '../../../lib/policy';
import { preferencesItem, saveRole, saveSpecialty } from '../../../lib/prefs';
import { searcherFor } from '../../../lib/search';
import { handoutView } from '../../../lib/share';
import { specialtyChoices } from '../../../lib/specialty';

const searcher = searcherFor(catalogue);
const specialties = catalogue.specialties ?? [];

describe('the specialties in the catalogue', () => {
  it('are the 46 specialties and LIS1, each on one of the routes, each with a page to show', () => {
    expect(specialties.filter((s) => s.route !== 'lis1')).toHaveLength(46);
    expect(specialties.filter((s) => s.route === 'lis1').map((s) => s.name)).toEqual(['LIS1']);
    const routes = new Set(specialties.map((s) => s.route));
    expect([...routes].sort()).toEqual(['direct', 'fim', 'lis1', 'municipal', 'surgical']);
    const byId = entriesById(catalogue);
    for (const s of specialties)
      expect(
        s.entries.every((id) => byId.has(id)),
        s.id,
      ).toBe(true);
  });

  it('list LIS1 first in the picker, then by name in the UI language, with the code', () => {
    const nb = specialtyChoices(catalogue, 'nb');
    expect(nb[0]?.label).toBe('LIS1');
    expect(nb).toHaveLength(47);
    expect(nb.map((c) => c.label)).toContain('Ortopedisk kirurgi (ORT)');
    const labels = nb.slice(1).map((c) => c.label);
    expect(labels).toEqual([...labels].sort(new Intl.Collator('nb').compare));
    expect(labels.at(-1)).toBe('Øyesykdommer (ØYE)');
    expect(specialtyChoices(catalogue, 'en').map((c) => c.label)).toContain('Orthopaedic surgery (ORT)');
  });
});

describe('the stored specialty', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is remembered beside the role, and none is remembered as a choice of its own', async () => {
    await saveRole('lis');
    await saveSpecialty('ort');
    expect(await preferencesItem.getValue()).toEqual({ role: 'lis', language: 'auto', specialty: 'ort' });
    await saveSpecialty(null);
    expect(await preferencesItem.getValue()).toEqual({ role: 'lis', language: 'auto', specialty: null });
    // Never chosen, as every value stored before "none" could be told apart, has no field at all.
    await fakeBrowser.storage.sync.set({
      preferences: { role: 'lis', language: 'auto' },
      preferences$: { v: 3 },
    });
    expect(await preferencesItem.getValue()).toEqual({ role: 'lis', language: 'auto' });
  });

  it('resets a specialty the catalogue does not know, keeping the role', async () => {
    for (const specialty of ['orto', 7, '', ['x']]) {
      await fakeBrowser.storage.sync.set({ preferences: { role: 'lis', specialty }, preferences$: { v: 3 } });
      expect(await preferencesItem.getValue()).toEqual({ role: 'lis', language: 'auto' });
    }
  });

  it("is the user's own, else the organisation's default", async () => {
    const withOrt = { ...policy.fallback, defaultSpecialty: 'ort' };
    expect(resolveUserView({ role: 'lis' }, withOrt).specialty).toBe('ort');
    expect(resolveUserView({ role: 'lis', specialty: 'gyn' }, withOrt).specialty).toBe('gyn');
    expect(resolveUserView({ role: 'lis' }, policy.fallback).specialty).toBeNull();
    await saveSpecialty('bup');
    expect((await readUserView()).specialty).toBe('bup');
  });

  it("lets the user choose none over the organisation's default, which is only a default", async () => {
    await fakeBrowser.storage.managed.set({ defaultSpecialty: 'ort' });
    await saveRole('lis');
    expect((await readUserView()).specialty).toBe('ort');
    await saveSpecialty(null);
    expect((await readUserView()).specialty).toBeNull();
    expect(
      resolveUserView({ role: 'lis', specialty: null }, { ...policy.fallback, defaultSpecialty: 'ort' })
        .specialty,
    ).toBeNull();
  });
});

describe('the chosen specialty in the list, the search and the omnibox', () => {
  it("puts the specialty's pages, then its route's hub pages, in a group at the top of the role's list", () => {
    const view = buildListView(catalogue, 'lis', '', undefined, { favourites: [], recent: [] }, 'ort');
    const [first] = view.sections;
    expect(first?.kind).toBe('specialty');
    expect(first?.specialty?.name).toBe('Ortopedisk kirurgi');
    expect(first?.items.map((i) => i.entry.id)).toEqual(findSpecialty(catalogue, 'ort')?.entries);
    expect(buildListView(catalogue, 'lis', '').sections.some((s) => s.kind === 'specialty')).toBe(false);
  });

  it('shows a specialty without pages of its own with the hub pages of its route', () => {
    const view = buildListView(catalogue, 'lis', '', undefined, undefined, 'med');
    expect(view.sections[0]?.items.map((i) => i.entry.id)).toEqual([
      'regut-fim',
      'regut-utdanningslop',
      'spesialistutdanning',
    ]);
  });

  it('finds a specialty by code, informal and English name', () => {
    const ort = 'hdir-ortopedisk-kirurgi-anbefalte-laeringsaktiviteter';
    for (const q of ['ORT', 'ortopedi', 'orthopaedic surgery'])
      expect(searcher.search(q, { role: 'lis' })[0]?.entry.id, q).toBe(ort);
    expect(searcher.search('ØNH', { role: 'lis' })[0]?.entry.id).toBe('regut-ore-nese-halssykdommer');
  });

  it("ranks the chosen specialty's pages first among pages that match alike", () => {
    const ids = (q: string, specialty: string | null) =>
      searcher.search(q, { role: 'lis', specialty }).map((h) => h.entry.id);
    const forOld = 'hdir-fordoyelsessykdommer-regler-for-gammel-spesialistutdanning';
    expect(ids('gammel ordning', 'for')[0]).toBe(forOld);
    expect(ids('gammel ordning', null)[0]).not.toBe(forOld);
    // A page naming what was asked in its title still leads; the specialty's follows close.
    expect(ids('kurs', 'onc').slice(0, 3)).toContain('regut-onkologi');
    expect(ids('kurs', null).slice(0, 3)).not.toContain('regut-onkologi');
  });

  it("lets the omnibox rank the chosen specialty's pages first, and find 'spes ort'", () => {
    const rows = (text: string, specialty?: string) =>
      buildSuggestions(text, { role: 'lis', specialty, flavor: 'firefox' }, searcher).map((s) => s.content);
    expect(rows('ort')[0]).toMatch(/ortopedisk-kirurgi/);
    expect(rows('gammel ordning', 'lun')[0]).toMatch(/lungesykdommer\/regler-for-gammel/);
  });
});

describe('the handout', () => {
  it("keeps the specialty's group and the seed's groups, and leaves Spes's own everyday groups to the screen", () => {
    const view = buildListView(catalogue, 'lis', '', undefined, undefined, 'for');
    const kinds = [...new Set(handoutView(view).sections.map((s) => s.kind))];
    expect(kinds).toEqual(['specialty', 'group']);
    expect(view.sections.some((s) => s.kind === 'own')).toBe(true);
  });
});
