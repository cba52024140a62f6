/**
 * Every storage item Spes keeps, defined once, typed and versioned. Reads go through
 * `readItem`, which resets a corrupt value to its fallback instead of letting it crash the UI.
 */
import { storage } from 'wxt/utils/storage';
import { catalogue } from './catalogue';
import { ALL_ROLES } from './role-view';

/** A role id from the catalogue, or "alle" for every role at once. */
export type RoleChoice = string;

export interface Preferences {
  /** The chosen role; null until the user has picked one. */
  role: RoleChoice | null;
}

const defaultPreferences: Preferences = { role: null };

export function isRoleChoice(value: unknown): value is RoleChoice {
  return value === ALL_ROLES || catalogue.roles.some((r) => r.id === value);
}

export function isPreferences(value: unknown): value is Preferences {
  if (typeof value !== 'object' || value === null) return false;
  const role = (value as { role?: unknown }).role;
  return role === null || isRoleChoice(role);
}

/**
 * v1 kept the bare role id as a string; v2 wraps it in an object so that more
 * preferences can live beside it. Anything unrecognisable becomes the default.
 */
export function migratePreferencesV1(old: unknown): Preferences {
  return { role: isRoleChoice(old) ? old : null };
}

// storage.sync, so the role follows the user's browser profile between machines.
export const preferencesItem = storage.defineItem<Preferences>('sync:preferences', {
  fallback: defaultPreferences,
  version: 2,
  migrations: { 2: migratePreferencesV1 },
});

interface ReadableItem<T> {
  fallback: T;
  getValue(): Promise<T>;
  removeValue(): Promise<void>;
}

/** Reads an item; a value that fails `isValid` is removed and the fallback returned. */
export async function readItem<T>(item: ReadableItem<T>, isValid: (v: unknown) => v is T): Promise<T> {
  let value: unknown;
  try {
    value = await item.getValue();
  } catch {
    value = undefined;
  }
  if (isValid(value)) return value;
  await item.removeValue().catch(() => undefined);
  return item.fallback;
}

export const readPreferences = (): Promise<Preferences> => readItem(preferencesItem, isPreferences);

export async function saveRole(role: RoleChoice): Promise<void> {
  const current = await readPreferences();
  await preferencesItem.setValue({ ...current, role });
}
