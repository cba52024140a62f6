/** What a role sees: its groups in seed order, with entries resolved. "alle" merges every role. */
import type { Messages } from '../i18n/language';
import type { Catalogue, Entry } from './types';

export const ALL_ROLES = 'alle';

export interface GroupView {
  title: string;
  entries: Entry[];
}

export function groupsForRole(cat: Catalogue, role: string): GroupView[] {
  const byId = new Map(cat.entries.map((e) => [e.id, e]));
  const roles = role === ALL_ROLES ? cat.roles : cat.roles.filter((r) => r.id === role);
  const groups = new Map<string, Set<string>>();
  for (const r of roles) {
    for (const g of r.groups) {
      const ids = groups.get(g.title) ?? new Set<string>();
      g.entries.forEach((id) => ids.add(id));
      groups.set(g.title, ids);
    }
  }
  return [...groups].map(([title, ids]) => ({
    title,
    entries: [...ids].map((id) => byId.get(id)).filter((e): e is Entry => e !== undefined),
  }));
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

type RoleTexts = Partial<Record<string, { name: string; summary: string }>>;

/** A role's name in the UI language; a role the messages do not know keeps the catalogue's name. */
export function roleName(cat: Catalogue, role: string, m: Messages): string {
  if (role === ALL_ROLES) return m.allRoles;
  return (m.roleNames as RoleTexts)[role]?.name ?? cat.roles.find((r) => r.id === role)?.name ?? role;
}

export function roleSummary(cat: Catalogue, role: string, m: Messages): string {
  if (role === ALL_ROLES) return m.allRolesSummary;
  return (m.roleNames as RoleTexts)[role]?.summary ?? cat.roles.find((r) => r.id === role)?.summary ?? '';
}
