/**
 * The organisation's policy as a live value (read-only: storage.managed belongs to the IT
 * department). Read afresh on every call and checked by lib/policy/settings.ts each time.
 */
import { type Live, mirror, readManagedStorage, watchManagedStorage } from '../platform';
import { NO_MANAGED_SETTINGS, parseManagedSettings, type ManagedSettings } from './settings';

export const readPolicy = async (): Promise<ManagedSettings> =>
  parseManagedSettings(await readManagedStorage());

/** The page's copy, checked again as the policy itself would be (quietly: it was warned about once). */
export const policyMirror = mirror('spes.mirror.managed', (raw) =>
  parseManagedSettings(raw, () => undefined),
);

export const policy: Live<ManagedSettings> = {
  fallback: NO_MANAGED_SETTINGS,
  getValue: () => readPolicy().catch(() => NO_MANAGED_SETTINGS),
  watch: (onChange) => watchManagedStorage(() => void readPolicy().then(onChange, () => undefined)),
};
