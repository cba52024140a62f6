/** The organisation's policy (docs/it-admin.md), checked value by value, and the user view. */
export {
  NO_MANAGED_SETTINGS,
  parseManagedSettings,
  policy,
  policyMirror,
  type ManagedSettings,
} from './settings';
export { MAX_ORG_LINKS, withOrgLinks, type OrgLink } from './org-links';
export {
  provisionalUserView,
  readUserView,
  resolveUserView,
  shownRole,
  shownSpecialty,
  type UserView,
} from './user-view';
