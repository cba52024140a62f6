/**
 * What an organisation's IT department sets by policy (docs/it-admin.md,
 * assets/managed-schema.json), checked value by value, and the user view every page and the
 * worker share: effective role, lock, and the catalogue with the organisation's links.
 */
export { NO_MANAGED_SETTINGS, parseManagedSettings, type ManagedSettings } from './settings';
export { MAX_ORG_LINKS, parseOrgLinks, withOrgLinks, type OrgLink, type Warn } from './org-links';
export { policy, policyMirror, readPolicy } from './store';
export {
  provisionalUserView,
  readUserView,
  resolveUserView,
  shownRole,
  shownSpecialty,
  type UserView,
} from './user-view';
