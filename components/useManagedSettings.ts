import { useEffect, useMemo, useState } from 'preact/hooks';
import { catalogue as bundled, type Catalogue } from '../lib/catalogue';
import { NO_MANAGED_SETTINGS, type ManagedSettings } from '../lib/managed';
import { withOrgLinks } from '../lib/managed-links';
import { readManagedSettings, watchManagedSettings } from '../lib/storage';
import { mirrorManagedSettings, mirroredManagedSettings } from './startupCache';

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
    return watchManagedSettings(update);
  }, []);
  const catalogue = useMemo(() => withOrgLinks(bundled, settings?.extraLinks ?? []), [settings]);
  return settings && { settings, catalogue };
}
