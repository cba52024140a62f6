/**
 * Every storage item Spes keeps, defined once, typed and versioned. Reads go through
 * `readItem`, which resets a corrupt value to its fallback instead of letting it crash the UI.
 */
import { browser } from 'wxt/browser';
import { itemDefiner, type StorageApi, type StorageItem } from './storage-item';
import { ALL_ROLES, catalogue } from '../catalogue';
import { isLanguageChoice, resolveLanguage, type Language, type LanguageChoice } from '../i18n/language';
import { parseManagedSettings, type ManagedSettings } from '../policy/settings';
import { INTERVALS, type LinkCheckInterval } from '../links/schedule';
import { keepOnly, type LinkHealthRecord, type LinkRunProgress } from '../links/state';
import { isLinkHealthRecord, isLinkRunProgressOrNull, isOneOf } from '../links/validate';
import {
  FAVOURITES_LIMIT,
  RECENT_LIMIT,
  addRecent,
  isIdList,
  toggleFavourite,
  type IdList,
} from '../pinned/lists';

/** A role id from the catalogue, or "alle" for every role at once. */
export type RoleChoice = string;

export interface Preferences {
  /** The chosen role; null until the user has picked one. */
  role: RoleChoice | null;
  /** The UI language; 'auto' follows the browser (lib/i18n.ts). */
  language: LanguageChoice;
}

/** Every item below lives in the extension's own storage (lib/storage-item.ts). */
export const defineItem = itemDefiner((): StorageApi => browser.storage);

const defaultPreferences: Preferences = { role: null, language: 'auto' };

export function isRoleChoice(value: unknown): value is RoleChoice {
  return value === ALL_ROLES || catalogue.roles.some((r) => r.id === value);
}

export function isPreferences(value: unknown): value is Preferences {
  if (typeof value !== 'object' || value === null) return false;
  const { role, language } = value as { role?: unknown; language?: unknown };
  return (role === null || isRoleChoice(role)) && isLanguageChoice(language);
}

/**
 * v1 kept the bare role id as a string; v2 wraps it in an object so that more
 * preferences can live beside it. Anything unrecognisable becomes the default.
 */
export function migratePreferencesV1(old: unknown): { role: RoleChoice | null } {
  return { role: isRoleChoice(old) ? old : null };
}

/** v3 adds the UI language; everyone upgrading keeps following the browser, as before. */
export function migratePreferencesV2(old: unknown): Preferences {
  const role = (old as { role?: unknown } | null)?.role;
  return { role: isRoleChoice(role) ? role : null, language: 'auto' };
}

// storage.sync, so the role follows the user's browser profile between machines.
export const preferencesItem = defineItem<Preferences>('sync:preferences', {
  fallback: defaultPreferences,
  version: 3,
  migrations: { 2: migratePreferencesV1, 3: migratePreferencesV2 },
});

/** Reads an item; a value that fails `isValid` is removed and the fallback returned. */
export async function readItem<T>(item: StorageItem<T>, isValid: (v: unknown) => v is T): Promise<T> {
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

/** Changes some preferences and keeps the rest. */
async function updatePreferences(change: Partial<Preferences>): Promise<void> {
  await preferencesItem.setValue({ ...(await readPreferences()), ...change });
}

export const saveRole = (role: RoleChoice): Promise<void> => updatePreferences({ role });
export const saveLanguage = (language: LanguageChoice): Promise<void> => updatePreferences({ language });

/** The browser's languages, the user's content languages first, then the browser's own UI language. */
export function browserLanguages(): string[] {
  const ui = (() => {
    try {
      return browser.i18n.getUILanguage();
    } catch {
      return undefined; // No i18n API (unit tests): the content languages are enough.
    }
  })();
  return [...(globalThis.navigator?.languages ?? []), ...(ui ? [ui] : [])];
}

/** The language the UI should speak now: the user's choice, else the browser's. */
export async function readUiLanguage(): Promise<Language> {
  const { language } = await readPreferences().catch(() => defaultPreferences);
  return resolveLanguage(language, browserLanguages());
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
export const linkCheckSettingsItem = defineItem<LinkCheckSettings>('sync:linkCheckSettings', {
  fallback: { interval: 'weekly' },
  version: 1,
});

export const readLinkCheckSettings = (): Promise<LinkCheckSettings> =>
  readItem(linkCheckSettingsItem, isLinkCheckSettings);

// storage.local: results describe what this browser could reach, so they stay on this machine.
export const linkHealthItem = defineItem<LinkHealthRecord>('local:linkHealth', {
  fallback: { links: {}, lastRun: null },
  version: 1,
});

/** Stored health, without records for URLs the catalogue no longer has. */
export async function readLinkHealth(urls = catalogue.entries.map((e) => e.url)): Promise<LinkHealthRecord> {
  const record = await readItem(linkHealthItem, isLinkHealthRecord);
  return { ...record, links: keepOnly(record.links, urls) };
}

export const linkRunItem = defineItem<LinkRunProgress | null>('local:linkRun', {
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

// ---------------------------------------------------------------------------
// Favourites and recent (issue 6): entry ids, newest first. List rules live in lib/pinned.ts.
// Version 1 of each; a later shape adds a migration here, and readItem resets anything corrupt.

// storage.sync: favourites are a choice the user makes once and expects on every machine.
export const favouritesItem = defineItem<IdList>('sync:favourites', {
  fallback: { ids: [] },
  version: 1,
});

// storage.local: what was opened on this device stays on it.
export const recentItem = defineItem<IdList>('local:recent', {
  fallback: { ids: [] },
  version: 1,
});

export const readFavourites = (): Promise<IdList> =>
  readItem(favouritesItem, (v): v is IdList => isIdList(v, FAVOURITES_LIMIT));

export const readRecent = (): Promise<IdList> =>
  readItem(recentItem, (v): v is IdList => isIdList(v, RECENT_LIMIT));

export async function toggleFavouriteId(id: string): Promise<void> {
  const { ids } = await readFavourites();
  await favouritesItem.setValue({ ids: toggleFavourite(ids, id) });
}

/** Called in the background worker (entrypoints/background/recent.ts), the one writer. */
export async function recordRecentOpen(id: string): Promise<void> {
  const { ids } = await readRecent();
  await recentItem.setValue({ ids: addRecent(ids, id) });
}

export const clearRecent = (): Promise<void> => recentItem.setValue({ ids: [] });

// ---------------------------------------------------------------------------
// "Tilbakestill alt" on the options page (issue 6). Everything the user chose or did: link health
// describes the links, not the user, and the organisation's policy is not ours to clear.

const USER_SETTINGS = [preferencesItem, linkCheckSettingsItem, favouritesItem, recentItem];

/** Every setting back to its default, as on a fresh install. Watchers see the change at once. */
export async function resetSettings(): Promise<void> {
  await Promise.all(USER_SETTINGS.map((item) => item.removeValue()));
}
