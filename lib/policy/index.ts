/** The organisation's policy (docs/it-admin.md), checked value by value, and the user view. */
export { parseManagedSettings, policy, policyMirror, type ManagedSettings } from './settings';
export { MAX_ORG_LINKS, type OrgLink } from './org-links';
export {
  provisionalUserView,
  readUserView,
  resolveUserView,
  shownRole,
  shownSpecialty,
  type UserView,
} from './user-view';
