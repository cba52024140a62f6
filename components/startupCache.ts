/**
 * A synchronous mirror of what the popup needs before its first paint: the stored role and the
 * organisation's settings. storage.sync and storage.managed stay the source of truth; they are
 * asynchronous, so without this the popup painted nothing until both answered, and keys typed
 * before the search box existed were lost. Every read of the real storage refreshes the mirror.
 * localStorage is per extension origin, synchronous, and absent in the service worker (no-op there).
 */
import { parseManagedSettings, type ManagedSettings } from '../lib/policy/settings';
import { isPreferences, type Preferences } from '../lib/platform/storage';
import { catalogue } from '../lib/catalogue';

const PREFERENCES_KEY = 'spes.mirror.preferences';
const MANAGED_KEY = 'spes.mirror.managed';

function readJson(key: string): unknown {
  try {
    const text = globalThis.localStorage?.getItem(key);
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined; // Storage switched off or a corrupt value: wait for the real storage instead.
  }
}

function writeJson(key: string, value: unknown): void {
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify(value));
  } catch {
    // Storage switched off or full: the popup just waits for the real storage next time.
  }
}

export function mirroredPreferences(): Preferences | undefined {
  const value = readJson(PREFERENCES_KEY);
  return isPreferences(value) ? value : undefined;
}

export const mirrorPreferences = (prefs: Preferences): void => writeJson(PREFERENCES_KEY, prefs);

/** Checked again as the policy itself would be, so a stale mirror cannot hold an unknown role. */
export function mirroredManagedSettings(): ManagedSettings | undefined {
  const value = readJson(MANAGED_KEY);
  if (value === undefined) return undefined;
  return parseManagedSettings(
    value,
    catalogue.roles.map((r) => r.id),
    () => undefined,
  );
}

export const mirrorManagedSettings = (settings: ManagedSettings): void => writeJson(MANAGED_KEY, settings);
