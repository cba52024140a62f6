/**
 * The user's preferences: their role, their specialty and the UI language, in storage.sync so they
 * follow the browser profile.
 */
import { ALL_ROLES, catalogue } from '../catalogue';
import { LANGUAGE_CHOICES, resolveLanguage, type Language, type LanguageChoice } from '../i18n';
import { browserLanguages, defineItem, isObject, mirror, oneOf } from '../platform';
import { findSpecialty } from '../specialty';

/** A role id from the catalogue, or "alle" for every role at once. */
export type RoleChoice = string;

export interface Preferences {
  /** The chosen role; null until the user has picked one. */
  role: RoleChoice | null;
  /** The UI language; 'auto' follows the browser (lib/i18n). */
  language: LanguageChoice;
  /** A specialty id from the catalogue (or LIS1); absent for none. */
  specialty?: string;
}

const DEFAULT_PREFERENCES: Preferences = { role: null, language: 'auto' };

export function isRoleChoice(value: unknown): value is RoleChoice {
  return value === ALL_ROLES || catalogue.roles.some((r) => r.id === value);
}

export function isSpecialtyChoice(value: unknown): value is string {
  return typeof value === 'string' && findSpecialty(catalogue, value) !== undefined;
}

/**
 * Each field on its own: an unknown language resets the language and keeps the role. A bare role
 * id (the v1 shape, left under a current version marker by a downgrade or by two versions
 * syncing) keeps its role too.
 */
export function repairPreferences(value: unknown): Preferences {
  if (typeof value === 'string') return repairPreferences({ role: value });
  if (!isObject(value)) return DEFAULT_PREFERENCES;
  return {
    role: isRoleChoice(value.role) ? value.role : null,
    language: oneOf(LANGUAGE_CHOICES, 'auto')(value.language),
    ...(isSpecialtyChoice(value.specialty) ? { specialty: value.specialty } : {}),
  };
}

/**
 * v1 kept the bare role id as a string; v2 wrapped it in an object; v3 added the language. The
 * specialty came later as an optional field (`repairPreferences` drops one it does not know), so a
 * v3 value without it needs no migration.
 *
 * A step meets whatever shape is stored: a current object written without its version marker
 * (by a build that lost it) passes through untouched instead of losing its role.
 */
const fromBareRole = (old: unknown) => (typeof old === 'string' ? { role: old } : old);

export const preferencesItem = defineItem<Preferences>('sync:preferences', {
  fallback: DEFAULT_PREFERENCES,
  version: 3,
  migrations: { 2: fromBareRole, 3: fromBareRole },
  repair: repairPreferences,
});

/** The page's synchronous copy, for painting before storage answers. */
export const preferencesMirror = mirror('spes.mirror.preferences', repairPreferences);

export const readPreferences = (): Promise<Preferences> => preferencesItem.getValue();

export const saveRole = (role: RoleChoice): Promise<boolean> =>
  preferencesItem.update((prefs) => ({ ...prefs, role }));

/** The user's specialty, or null for none. */
export const saveSpecialty = (specialty: string | null): Promise<boolean> =>
  preferencesItem.update(({ specialty: _old, ...prefs }) => (specialty ? { ...prefs, specialty } : prefs));

export const saveLanguage = (language: LanguageChoice): Promise<boolean> =>
  preferencesItem.update((prefs) => ({ ...prefs, language }));

/** The language the UI should speak now: the user's choice, else the browser's. */
export async function readUiLanguage(): Promise<Language> {
  const { language } = await readPreferences();
  return resolveLanguage(language, browserLanguages());
}
