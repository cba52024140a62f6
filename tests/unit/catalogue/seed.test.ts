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

describe('the catalogue matches the seed document link for link', () => {
  const files = readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt'));
  const seed = files.flatMap((f) => parseSeed(readFileSync(new URL(f, SEED_DIR), 'utf8')));

  it('finds the four roles, 18 groups and 72 links in the seed', () => {
    expect(seed.map((r) => r.title)).toEqual(Object.keys(ROLE_BY_SECTION));
    expect(seed.flatMap((r) => r.groups)).toHaveLength(18);
    expect(seed.flatMap((r) => r.groups.flatMap((g) => g.urls))).toHaveLength(72);
  });

  it.each(Object.entries(ROLE_BY_SECTION))('%s: same groups, same URLs, same order', (section, roleId) => {
    const fromSeed = seed.find((r) => r.title === section)?.groups;
    const fromCatalogue = groupsForRole(catalogue, roleId).map((g) => ({
      title: g.title,
      urls: g.entries.map((e) => e.url),
    }));
    expect(fromCatalogue).toEqual(fromSeed);
  });

  it('has no entry the seed does not list', () => {
    const seedUrls = new Set(seed.flatMap((r) => r.groups.flatMap((g) => g.urls)));
    const byId = entriesById(catalogue);
    expect([...byId.values()].filter((e) => !seedUrls.has(e.url))).toEqual([]);
  });
});
