/**
 * What a role sees: its groups in seed order, with entries resolved ("alle" merges every role),
 * through entries looked up by id once per catalogue.
 */
import type { Catalogue, Entry, Group, Specialty } from './types';

export const ALL_ROLES = 'alle';

/** `build` made once per catalogue object, which lasts until the organisation's links change. */
export function perCatalogue<T>(build: (cat: Catalogue) => T): (cat: Catalogue) => T {
  const made = new WeakMap<Catalogue, T>();
  return (cat) => {
    if (!made.has(cat)) made.set(cat, build(cat));
    return made.get(cat) as T;
  };
}

export const entriesById = perCatalogue(
  (cat): ReadonlyMap<string, Entry> => new Map(cat.entries.map((e) => [e.id, e])),
);

/** Every role a user can choose, in the seed's order, and "Alle roller" last. */
export function roleChoices(cat: Pick<Catalogue, 'roles'>): string[] {
  return [...cat.roles.map((r) => r.id), ALL_ROLES];
}

/** A group with its entries looked up. */
export type GroupView = Omit<Group, 'entries'> & { entries: Entry[] };

/**
 * The groups a role lists: the seed's in seed order, then Spes's own, then the organisation's
 * (for "alle" too, after every role's seed groups). For "alle", every role's groups in turn, each entry
 * once, in the first group the seed gives it; groups the catalogue's `allRoles` says mean the
 * same ("registrert" in a municipality, "godkjent" in a hospital) are listed as one.
 */
export function groupsForRole(cat: Catalogue, role: string): GroupView[] {
  const byId = entriesById(cat);
  const all = role === ALL_ROLES;
  const roles = all ? cat.roles : cat.roles.filter((r) => r.id === role);
  const mergedTitle = new Map(cat.allRoles?.flatMap((m) => m.groups.map((t) => [t, m.title])));
  const rank = (g: Pick<Group, 'own' | 'org'>) => (g.org ? 2 : g.own ? 1 : 0);
  const groups = new Map<string, GroupView>();
  const placed = new Set<string>();
  for (const g of roles.flatMap((r) => r.groups)) {
    const title = (all && !g.org && mergedTitle.get(g.title)) || g.title;
    const key = `${rank(g)}:${title}`;
    const view = groups.get(key) ?? { ...g, title, entries: [] };
    groups.set(key, view);
    for (const id of g.entries) {
      const entry = byId.get(id);
      if (entry && !(all && placed.has(id))) view.entries.push(entry);
      placed.add(id);
    }
  }
  const listed = [...groups.values()].filter((g) => g.entries.length > 0);
  return listed.sort((a, b) => rank(a) - rank(b));
}

/**
 * The one answer to "which entries does this role have": the ids in its groups. Every entry
 * for "alle", and for a role the catalogue does not know (nothing to narrow by).
 */
export function entriesOfRole(cat: Catalogue, role: string | null): Set<string> {
  const known = cat.roles.find((r) => r.id === role);
  if (!known) return new Set(cat.entries.map((e) => e.id));
  return new Set(known.groups.flatMap((g) => g.entries));
}

/**
 * The one answer to "is this entry only other roles'": listed in some role's groups but not in
 * `role`'s. A page in no role's groups (a specialty's own) is every role's, and for "alle" or a
 * role the catalogue does not know, nothing is another role's.
 */
export function otherRolesOnly(cat: Catalogue, role: string | null): (id: string) => boolean {
  const mine = entriesOfRole(cat, role);
  const listed = new Set(cat.roles.flatMap((r) => r.groups.flatMap((g) => g.entries)));
  return (id) => listed.has(id) && !mine.has(id);
}

/**
 * The entries the seed document's groups (and an organisation's) list; the rest are Spes's own
 * additions, in its own groups and the specialties, which search ranks after the seed's pages.
 */
export function seedEntryIds(cat: Catalogue): Set<string> {
  return new Set(cat.roles.flatMap((r) => r.groups.filter((g) => !g.own).flatMap((g) => g.entries)));
}

/** A specialty by its id; undefined for none, or for an id the catalogue does not know. */
export function findSpecialty(cat: Catalogue, id: string | null | undefined): Specialty | undefined {
  return cat.specialties?.find((s) => s.id === id);
}
