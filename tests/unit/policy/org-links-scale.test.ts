/**
 * Organisation links at the cap: the work of merging them into the catalogue and grouping them
 * for the popup grows in step with their number. Counted, not timed (timings say more about a
 * busy test machine than about the code): every element that an array built-in or an iteration
 * touches is one unit of work. Copying a group's list for each added link, as an earlier
 * version did, makes the count grow with the square of the links.
 */
import { describe, expect, it } from 'vitest';
import { ALL_ROLES, groupsForRole } from '../../../lib/catalogue';
import { buildListView } from '../../../lib/list';
import { MAX_ORG_LINKS, policy, resolveUserView, type OrgLink } from '../../../lib/policy';

type Method = (this: unknown[], ...args: unknown[]) => unknown;
const COUNTED = [
  'map',
  'filter',
  'forEach',
  'flatMap',
  'some',
  'every',
  'find',
  'findIndex',
  'includes',
  'indexOf',
  'slice',
  'concat',
  'reduce',
  'join',
  'sort',
] as const;

/** Elements touched by array built-ins and iteration while `run` runs (synchronously). */
function arrayWork(run: () => void): number {
  const proto = Array.prototype as unknown as Record<string | symbol, Method>;
  const keys: (string | symbol)[] = [...COUNTED, Symbol.iterator];
  const saved = keys.map((key) => [key, proto[key]] as const);
  let work = 0;
  for (const [key, original] of saved) {
    proto[key] = function (this: unknown[], ...args: unknown[]) {
      work += this.length;
      return (original as Method).apply(this, args);
    };
  }
  try {
    run();
  } finally {
    for (const [key, original] of saved) proto[key] = original as Method;
  }
  return work;
}

const orgLinks = (count: number): OrgLink[] =>
  Array.from({ length: count }, (_, i) => ({
    title: `Lenke ${i}`,
    url: `https://intranett.example.no/${i}`,
    description: '',
    roles: i % 3 === 0 ? ['lis'] : null,
    group: i % 5 === 0 ? `Gruppe ${i % 4}` : null,
  }));

/** What a page does with the links: merge them (the user view), then group them for every role. */
function mergeAndGroup(links: OrgLink[]): void {
  const cat = resolveUserView({ role: null }, { ...policy.fallback, extraLinks: links }).catalogue;
  for (const role of [...cat.roles.map((r) => r.id), ALL_ROLES]) {
    groupsForRole(cat, role);
    buildListView(cat, role, '');
  }
}

describe('organisation links at scale', () => {
  it(`merges and groups ${MAX_ORG_LINKS} links with work in step with their number`, () => {
    const base = arrayWork(() => mergeAndGroup([]));
    const half = arrayWork(() => mergeAndGroup(orgLinks(MAX_ORG_LINKS / 2))) - base;
    const full = arrayWork(() => mergeAndGroup(orgLinks(MAX_ORG_LINKS))) - base;
    const double = arrayWork(() => mergeAndGroup(orgLinks(2 * MAX_ORG_LINKS))) - base;
    expect(half).toBeGreaterThan(0);
    // Linear work doubles when the links double; work growing with the square would quadruple.
    expect(full / half).toBeLessThan(2.5);
    expect(double / full).toBeLessThan(2.5);
  });

  it('counts a copy per link as the square it is (the measure itself can fail)', () => {
    const copying = (count: number) =>
      arrayWork(() => {
        let ids: number[] = [];
        for (let i = 0; i < count; i++) ids = [...ids, i];
      });
    expect(copying(2 * MAX_ORG_LINKS) / copying(MAX_ORG_LINKS)).toBeGreaterThan(3.5);
  });
});
