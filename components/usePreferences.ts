import { useEffect, useState } from 'preact/hooks';
import { preferencesItem, readPreferences, type Preferences } from '../lib/platform/storage';
import { mirrorPreferences, mirroredPreferences } from './startupCache';

/**
 * The stored preferences, kept live: at first the synchronous mirror (components/startupCache.ts),
 * or undefined when there is none yet, then the real value and every change.
 */
export function usePreferences(): Preferences | undefined {
  const [prefs, setPrefs] = useState<Preferences | undefined>(mirroredPreferences);
  useEffect(() => {
    const update = (value: Preferences) => {
      mirrorPreferences(value);
      setPrefs(value);
    };
    readPreferences().then(update, () => setPrefs(preferencesItem.fallback));
    return preferencesItem.watch(() => void readPreferences().then(update));
  }, []);
  return prefs;
}
