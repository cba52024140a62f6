/**
 * Every storage item Spes keeps, defined once, typed and versioned. Reads go through
 * `readItem`, which resets a corrupt value to its fallback instead of letting it crash the UI.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { catalogue } from './catalogue';
import { ALL_ROLES } from './role-view';
import { parseManagedSettings, type ManagedSettings } from './managed';
import { INTERVALS, type LinkCheckInterval } from './link-schedule';
import { keepOnly, type LinkHealthRecord, type LinkRunProgress } from './link-state';
import { isLinkHealthRecord, isLinkRunProgressOrNull, isOneOf } from './link-validate';

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

// ---------------------------------------------------------------------------
// Link health (issue 4): the checker's settings, its results, and a run in progress.
// Shapes are checked in lib/link-validate.ts, the rules live in lib/link-state.ts.

export interface LinkCheckSettings {
  interval: LinkCheckInterval;
}

const isLinkCheckSettings = (v: unknown): v is LinkCheckSettings =>
  typeof v === 'object' && v !== null && isOneOf(INTERVALS)((v as { interval?: unknown }).interval);

// storage.sync: how often to check is a preference that follows the user.
export const linkCheckSettingsItem = storage.defineItem<LinkCheckSettings>('sync:linkCheckSettings', {
  fallback: { interval: 'weekly' },
  version: 1,
});

export const readLinkCheckSettings = (): Promise<LinkCheckSettings> =>
  readItem(linkCheckSettingsItem, isLinkCheckSettings);

// storage.local: results describe what this browser could reach, so they stay on this machine.
export const linkHealthItem = storage.defineItem<LinkHealthRecord>('local:linkHealth', {
  fallback: { links: {}, lastRun: null },
  version: 1,
});

/** Stored health, without records for URLs the catalogue no longer has. */
export async function readLinkHealth(urls = catalogue.entries.map((e) => e.url)): Promise<LinkHealthRecord> {
  const record = await readItem(linkHealthItem, isLinkHealthRecord);
  return { ...record, links: keepOnly(record.links, urls) };
}

export const linkRunItem = storage.defineItem<LinkRunProgress | null>('local:linkRun', {
  fallback: null,
  version: 1,
});

export const readLinkRun = (): Promise<LinkRunProgress | null> =>
  readItem(linkRunItem, isLinkRunProgressOrNull);

// ---------------------------------------------------------------------------
// Managed settings (issue 7): what an organisation's IT department sets by policy.
// Parsing and checking live in lib/managed.ts; here only the read, which must survive browsers and
// tests without storage.managed, and Firefox, which rejects the read when no policy names Spes.

async function readManagedRaw(): Promise<unknown> {
  try {
    return await browser.storage.managed.get();
  } catch {
    return undefined; // No API, or no policy for Spes: the same as no settings at all.
  }
}

export async function readManagedSettings(): Promise<ManagedSettings> {
  const roleIds = catalogue.roles.map((r) => r.id);
  return parseManagedSettings(await readManagedRaw(), roleIds);
}

/** For the link checker: false when the organisation has switched background link checks off. */
export async function linkCheckEnabled(): Promise<boolean> {
  return (await readManagedSettings()).checkLinks;
}

/** Calls back with fresh settings whenever the policy changes; returns a function that stops it. */
export function watchManagedSettings(onChange: (settings: ManagedSettings) => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') void readManagedSettings().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
