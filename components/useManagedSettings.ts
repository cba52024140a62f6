import { useEffect, useMemo, useState } from 'preact/hooks';
import { catalogue as bundled, type Catalogue } from '../lib/catalogue';
import { NO_MANAGED_SETTINGS, type ManagedSettings } from '../lib/managed';
import { withOrgLinks } from '../lib/managed-links';
import { readManagedSettings, watchManagedSettings } from '../lib/storage';

export interface Managed {
  settings: ManagedSettings;
  /** The bundled catalogue plus the organisation's own links. */
  catalogue: Catalogue;
}

/** The organisation's policy, kept live: undefined while loading, then updated on every change. */
export function useManagedSettings(): Managed | undefined {
  const [settings, setSettings] = useState<ManagedSettings>();
  useEffect(() => {
    readManagedSettings().then(setSettings, () => setSettings(NO_MANAGED_SETTINGS));
    return watchManagedSettings(setSettings);
  }, []);
  const catalogue = useMemo(() => withOrgLinks(bundled, settings?.extraLinks ?? []), [settings]);
  return settings && { settings, catalogue };
}
