import { useEffect, useMemo, useState } from 'preact/hooks';
import { catalogue as bundled, type Catalogue } from '../lib/catalogue';
import { NO_MANAGED_SETTINGS, type ManagedSettings } from '../lib/policy/settings';
import { withOrgLinks } from '../lib/policy/org-links';
import { readManagedSettings, watchManagedSettings } from '../lib/platform/storage';
import { mirrorManagedSettings, mirroredManagedSettings } from './startupCache';

const MANAGED_WAIT_MS = 300;

export interface Managed {
  settings: ManagedSettings;
  /** The bundled catalogue plus the organisation's own links. */
  catalogue: Catalogue;
}

/** The organisation's policy, kept live: undefined while loading, then updated on every change. */
export function useManagedSettings(): Managed | undefined {
  // The mirror (components/startupCache.ts) lets the popup paint before storage.managed answers.
  const [settings, setSettings] = useState<ManagedSettings | undefined>(mirroredManagedSettings);
  useEffect(() => {
    const update = (value: ManagedSettings) => {
      mirrorManagedSettings(value);
      setSettings(value);
    };
    readManagedSettings().then(update, () => setSettings(NO_MANAGED_SETTINGS));
    // Chromium's storage.managed can take seconds to answer while its policy service starts
    // (measured: 2 s for the first read in a fresh profile). Paint without a policy after a short
    // wait then; a late answer still applies, and the mirror makes later opens instant.
    const fallback = setTimeout(() => setSettings((s) => s ?? NO_MANAGED_SETTINGS), MANAGED_WAIT_MS);
    const unwatch = watchManagedSettings(update);
    return () => {
      clearTimeout(fallback);
      unwatch();
    };
  }, []);
  const catalogue = useMemo(() => withOrgLinks(bundled, settings?.extraLinks ?? []), [settings]);
  return settings && { settings, catalogue };
}
