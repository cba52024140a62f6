import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue, entriesById, groupsForRole } from '../../../lib/catalogue';
import { parseSeed } from '../../fixtures/seed-parser';

// The seed document's text, copied into the repository so every checkout runs this test.
const SEED_DIR = new URL('../../fixtures/seed/', import.meta.url);
const ROLE_BY_SECTION: Record<string, string> = {
  'Lenker for leder i kommune': 'kommune-leder',
  'Lenker for leder på sykehus': 'sykehus-leder',
  'Lenker for LIS': 'lis',
  'Lenker for veiledere og supervisører i kommune': 'kommune-veileder',
};

// The seed's groups as the role lists them; Spes's own groups beyond the seed are apart.
const seedGroups = (roleId: string) => groupsForRole(catalogue, roleId).filter((g) => !g.own);
const seedGroupsOf = (roleId: string) =>
  catalogue.roles.find((r) => r.id === roleId)?.groups.filter((g) => !g.own) ?? [];

describe("the catalogue's seed groups match the seed document link for link", () => {
  const files = readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt'));
  const seed = files.flatMap((f) => parseSeed(readFileSync(new URL(f, SEED_DIR), 'utf8')));

  it('finds the four roles, 18 groups and 72 links in the seed', () => {
    expect(seed.map((r) => r.title)).toEqual(Object.keys(ROLE_BY_SECTION));
    expect(seed.flatMap((r) => r.groups)).toHaveLength(18);
    expect(seed.flatMap((r) => r.groups.flatMap((g) => g.urls))).toHaveLength(72);
  });

  it.each(Object.entries(ROLE_BY_SECTION))('%s: same groups, same URLs, same order', (section, roleId) => {
    const fromSeed = seed.find((r) => r.title === section)?.groups;
    const fromCatalogue = seedGroups(roleId).map((g) => ({
      title: g.title,
      urls: g.entries.map((e) => e.url),
    }));
    expect(fromCatalogue).toEqual(fromSeed);
  });

  it("lists every entry the seed does not in Spes's own groups or a specialty only, after the seed's groups", () => {
    const seedUrls = new Set(seed.flatMap((r) => r.groups.flatMap((g) => g.urls)));
    const inSeedGroups = new Set(
      catalogue.roles.flatMap((r) => seedGroupsOf(r.id).flatMap((g) => g.entries)),
    );
    const beyond = [...entriesById(catalogue).values()].filter((e) => !seedUrls.has(e.url));
    expect(beyond.length).toBeGreaterThan(0);
    for (const e of beyond) expect(inSeedGroups.has(e.id), e.id).toBe(false);
    for (const role of catalogue.roles) {
      const kinds = role.groups.map((g) => (g.own ? 'own' : 'seed'));
      expect(kinds.join(' '), role.id).toMatch(/^(seed )*seed( own)*$/);
    }
  });
});
