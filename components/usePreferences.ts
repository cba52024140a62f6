import { useEffect, useState } from 'preact/hooks';
import { preferencesItem, readPreferences, type Preferences } from '../lib/storage';

/** The stored preferences, kept live: undefined while loading, then updated on every change. */
export function usePreferences(): Preferences | undefined {
  const [prefs, setPrefs] = useState<Preferences>();
  useEffect(() => {
    readPreferences().then(setPrefs, () => setPrefs(preferencesItem.fallback));
    return preferencesItem.watch(() => void readPreferences().then(setPrefs));
  }, []);
  return prefs;
}
