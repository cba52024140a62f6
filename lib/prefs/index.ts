/**
 * The user's preferences: their role, their specialty and the UI language, in storage.sync so they
 * follow the browser profile.
 */
import { catalogue, findSpecialty, roleChoices } from '../catalogue';
import { LANGUAGE_CHOICES, resolveLanguage, type Language, type LanguageChoice } from '../i18n';
import { browserLanguages, defineItem, isObject, mirror, oneOf } from '../platform';

export interface Preferences {
  /** A role id of the catalogue, or "alle" for every role; null until the user has picked one. */
  role: string | null;
  /** The UI language; 'auto' follows the browser (lib/i18n). */
  language: LanguageChoice;
  /**
   * A specialty id from the catalogue (or LIS1); null when the user chose none, which a default
   * from the organisation does not override; absent while the user has never chosen.
   */
  specialty?: string | null;
}

const DEFAULT_PREFERENCES: Preferences = { role: null, language: 'auto' };

export function isRoleChoice(value: unknown): value is string {
  return roleChoices(catalogue).includes(value as string);
}

export function isSpecialtyChoice(value: unknown): value is string {
  return typeof value === 'string' && findSpecialty(catalogue, value) !== undefined;
}

/**
 * Each field on its own: an unknown language resets the language and keeps the role. A bare role
 * id, as the first versions of Spes stored it, keeps its role too.
 */
function repairPreferences(value: unknown): Preferences {
  if (typeof value === 'string') return repairPreferences({ role: value });
  if (!isObject(value)) return DEFAULT_PREFERENCES;
  return {
    role: isRoleChoice(value.role) ? value.role : null,
    language: oneOf(LANGUAGE_CHOICES, 'auto')(value.language),
    ...(isSpecialtyChoice(value.specialty) || value.specialty === null ? { specialty: value.specialty } : {}),
  };
}

// Shape 3: role and language (1 was a bare role id, 2 an object with the role alone); the repair
// reads all three by their structure. The specialty came later as an optional field, and its null
// ("none, by choice") later still: no earlier build wrote either, so neither needs a new version,
// and a build that knows neither drops them, reading "never chosen".
export const preferencesItem = defineItem('sync:preferences', DEFAULT_PREFERENCES, repairPreferences, 3);

/** The page's synchronous copy, for painting before storage answers. */
export const preferencesMirror = mirror('spes.mirror.preferences', repairPreferences);

export const saveRole = (role: string): Promise<boolean> =>
  preferencesItem.update((prefs) => ({ ...prefs, role }));

/** The user's specialty, or null for none: a choice of its own, which the policy's default does not override. */
export const saveSpecialty = (specialty: string | null): Promise<boolean> =>
  preferencesItem.update((prefs) => ({ ...prefs, specialty }));

export const saveLanguage = (language: LanguageChoice): Promise<boolean> =>
  preferencesItem.update((prefs) => ({ ...prefs, language }));

/** The language the UI speaks for a choice: the one chosen, else the browser's. */
export const uiLanguage = (choice: Preferences['language']): Language =>
  resolveLanguage(choice, browserLanguages());

/** The language the UI should speak now. */
export const readUiLanguage = async (): Promise<Language> =>
  uiLanguage((await preferencesItem.getValue()).language);
