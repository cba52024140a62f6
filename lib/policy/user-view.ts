/**
 * The user's view of Spes (role, specialty, lock, the catalogue with the organisation's links),
 * worked out here once for every page and the worker, so no two of them can disagree.
 */
import { ALL_ROLES, catalogue as bundled, type Catalogue } from '../catalogue';
import { isRoleChoice, isSpecialtyChoice, preferencesItem, type Preferences } from '../prefs';
import { withOrgLinks, type OrgLink } from './org-links';
import { policy, type ManagedSettings } from './settings';

export interface UserView {
  /** The role to show; null until the user (or the organisation) has chosen one. */
  role: string | null;
  /** The specialty whose pages the list shows first. */
  specialty: string | null;
  /** True when the organisation has fixed the role: the user cannot change it. */
  locked: boolean;
  /** The bundled catalogue with the organisation's links, one object per set of links. */
  catalogue: Catalogue;
  policy: ManagedSettings;
  /**
   * True while the policy is only the page's copy from an earlier open (provisionalUserView):
   * pages then neither claim a lock nor offer to change the role.
   */
  provisional: boolean;
}

type Prefs = Pick<Preferences, 'role' | 'specialty'>;

// The last catalogue built, by its links: a policy read afresh (every omnibox keystroke) gives
// equal links in new objects, and a new catalogue would cost a new search index each time.
let last: { key: string; catalogue: Catalogue } | undefined;

function catalogueWith(links: readonly OrgLink[]): Catalogue {
  const key = JSON.stringify(links);
  if (last?.key !== key) last = { key, catalogue: withOrgLinks(bundled, links) };
  return last.catalogue;
}

/**
 * A locked role wins; otherwise the user's own pick, else the organisation's default. The
 * specialty is never locked: the user's own pick, "none" too, wins over the default.
 */
export function resolveUserView(prefs: Prefs, policy: ManagedSettings): UserView {
  const locked = policy.lockRole;
  const role = locked ? policy.defaultRole : (prefs.role ?? policy.defaultRole);
  const specialty = prefs.specialty === undefined ? policy.defaultSpecialty : prefs.specialty;
  const catalogue = catalogueWith(policy.extraLinks);
  return { role, specialty, locked, catalogue, policy, provisional: false };
}

/**
 * The view from the page's copy of the policy, before storage.managed answers (about 3 s after a
 * browser restart): its role, so the right list paints at once, but none of the organisation's
 * links and no lock, which IT may have changed since.
 */
export function provisionalUserView(prefs: Prefs, copy: ManagedSettings): UserView {
  return { ...resolveUserView(prefs, { ...copy, extraLinks: [] }), provisional: true };
}

/**
 * The role a page shows. One its address names (`?role=`) wins over the stored one, so a deep
 * link shows what it promises, unless the organisation has locked the role; every role while
 * neither is known.
 */
export function shownRole(view: Pick<UserView, 'role' | 'locked'>, linked?: string): string {
  const fromAddress = !view.locked && isRoleChoice(linked) ? linked : undefined;
  return fromAddress ?? view.role ?? ALL_ROLES;
}

/** The specialty a page shows: as shownRole, `?specialty=` (null for none) wins, never locked. */
export function shownSpecialty(view: Pick<UserView, 'specialty'>, linked?: string | null): string | null {
  if (linked === null) return null;
  return isSpecialtyChoice(linked) ? linked : view.specialty;
}

/** The view now, from storage; the defaults where storage cannot be read. */
export async function readUserView(): Promise<UserView> {
  const [prefs, settings] = await Promise.all([preferencesItem.getValue(), policy.getValue()]);
  return resolveUserView(prefs, settings);
}
