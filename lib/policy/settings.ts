/**
 * Settings an organisation's IT department sets by policy (browser.storage.managed; see
 * docs/it-admin.md and assets/managed-schema.json), as a live value. Values come from outside our
 * control, so every one is checked here, on every read: an invalid value is dropped with a logged
 * reason, never thrown.
 */
import { parseOrgLinks, type OrgLink, type Warn } from './org-links';
import { catalogue, roleChoices } from '../catalogue';
import { isObject, managedValue, mirror } from '../platform';
import { isRoleChoice, isSpecialtyChoice } from '../prefs';

export interface ManagedSettings {
  /** The role a user gets until they pick one; null when the organisation sets none. */
  defaultRole: string | null;
  /** The specialty a user gets until they pick one; null when the organisation sets none. */
  defaultSpecialty: string | null;
  /** True when users may not change the role (only ever true with a defaultRole). */
  lockRole: boolean;
  /** The organisation's own links, shown in their own group. */
  extraLinks: OrgLink[];
  /** Whether the background link check may run. */
  checkLinks: boolean;
}

const NO_MANAGED_SETTINGS: ManagedSettings = {
  defaultRole: null,
  defaultSpecialty: null,
  lockRole: false,
  extraLinks: [],
  checkLinks: true,
};

const KNOWN_KEYS = new Set(Object.keys(NO_MANAGED_SETTINGS));

const warnInConsole: Warn = (reason) => console.warn(`Spes, managed settings: ${reason}`);

// Firefox passes policy values on as written, and its registry and ADMX deployments write
// true/false as 1/0 or as text: each means what it says.
const BOOLEANS = new Map(Object.entries({ true: true, false: false, 1: true, 0: false }));

/**
 * Turns whatever storage.managed holds into settings, for the roles of the bundled catalogue.
 * Unknown keys are reported (a typo in a policy should be visible) but do no harm. Every call gives
 * an object of its own: a page tells the policy's answer from its copy of the policy by identity
 * (components/page/useUserView.ts).
 */
export function parseManagedSettings(raw: unknown, warn: Warn = warnInConsole): ManagedSettings {
  if (!isObject(raw)) {
    if (raw !== undefined && raw !== null) warn('the managed settings must be an object; all ignored');
    return { ...NO_MANAGED_SETTINGS };
  }
  for (const key of Object.keys(raw)) if (!KNOWN_KEYS.has(key)) warn(`unknown setting "${key}"; ignored`);
  // The ids chosen for the user, or null when none is set or it is unknown (`refusal` says why).
  const choice = (key: string, isKnown: (v: unknown) => v is string, refusal: string) => {
    const value = raw[key];
    if (isKnown(value)) return value;
    if (value !== undefined) warn(`"${key}" ${JSON.stringify(value)} ${refusal}; ignored`);
    return null;
  };
  // A switch as written, or its default. A list or an object is no switch, even one holding `true`.
  const onOff = (key: 'lockRole' | 'checkLinks') => {
    const value = raw[key];
    if (value === undefined) return NO_MANAGED_SETTINGS[key];
    const read = typeof value === 'object' ? undefined : BOOLEANS.get(String(value).trim().toLowerCase());
    if (read === undefined)
      warn(`"${key}" must be true or false (or 1/0), got ${JSON.stringify(value)}; ignored`);
    return read ?? NO_MANAGED_SETTINGS[key];
  };
  const roles = roleChoices(catalogue).join(', ');
  const defaultRole = choice('defaultRole', isRoleChoice, `is not one of ${roles}`);
  let lockRole = onOff('lockRole');
  if (lockRole && defaultRole === null) {
    warn('"lockRole" needs a valid "defaultRole" to lock to; users may still choose');
    lockRole = false;
  }
  return {
    defaultRole,
    defaultSpecialty: choice('defaultSpecialty', isSpecialtyChoice, 'is no specialty id (docs/it-admin.md)'),
    lockRole,
    extraLinks: parseOrgLinks(raw.extraLinks, warn),
    checkLinks: onOff('checkLinks'),
  };
}

export const policy = managedValue((raw) => parseManagedSettings(raw));

/** The page's copy, checked again as the policy itself would be (quietly: it was warned about once). */
export const policyMirror = mirror('spes.mirror.managed', (raw) =>
  parseManagedSettings(raw, () => undefined),
);
