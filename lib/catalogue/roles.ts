/** What a role sees: its groups in seed order, with entries resolved. "alle" merges every role. */
import type { Catalogue, Entry } from './types';

export const ALL_ROLES = 'alle';

export interface GroupView {
  title: string;
  entries: Entry[];
  /** The organisation's own group (lib/policy): `title` is its sub-heading, or ''. */
  org?: boolean;
}

/**
 * The groups a role lists, in seed order. For "alle", every role's groups in turn, each entry
 * once, in the first group the seed gives it; groups the catalogue's `allRoles` says mean the
 * same ("registrert" in a municipality, "godkjent" in a hospital) are listed as one.
 */
export function groupsForRole(cat: Catalogue, role: string): GroupView[] {
  const byId = new Map(cat.entries.map((e) => [e.id, e]));
  const roles = role === ALL_ROLES ? cat.roles : cat.roles.filter((r) => r.id === role);
  const mergedTitle = new Map(cat.allRoles?.flatMap((m) => m.groups.map((t) => [t, m.title])));
  const groups = new Map<string, GroupView>();
  const all = role === ALL_ROLES;
  const placed = new Set<string>();
  for (const g of roles.flatMap((r) => r.groups)) {
    const title = (all && !g.org && mergedTitle.get(g.title)) || g.title;
    const key = `${g.org ? 'org' : 'seed'}:${title}`;
    const view = groups.get(key) ?? { title, entries: [], ...(g.org ? { org: true } : {}) };
    groups.set(key, view);
    for (const id of g.entries) {
      const entry = byId.get(id);
      if (entry && !(all && placed.has(id))) view.entries.push(entry);
      placed.add(id);
    }
  }
  return [...groups.values()].filter((g) => g.entries.length > 0);
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
