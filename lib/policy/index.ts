/** The organisation's policy (docs/it-admin.md), checked value by value, and the user view. */
export { NO_MANAGED_SETTINGS, parseManagedSettings, type ManagedSettings } from './settings';
export { MAX_ORG_LINKS, withOrgLinks, type OrgLink } from './org-links';
export { policy, policyMirror, readPolicy } from './store';
export {
  provisionalUserView,
  readUserView,
  resolveUserView,
  shownRole,
  shownSpecialty,
  type UserView,
} from './user-view';
