import { useEffect, useState } from 'preact/hooks';
import { loadMessages, resolveLanguage, type Language, type Messages } from '../../lib/i18n';
import { browserLanguages } from '../../lib/platform';
import { preferencesItem, preferencesMirror, readUiLanguage } from '../../lib/prefs';

// One shared subscription per page, not one per component: a list renders many EntryLinks.
// Starts from the mirrored choice (lib/platform/mirror.ts) or else the browser's language,
// which is right for most users, so nothing flickers.
let current: Language = resolveLanguage(preferencesMirror.read()?.language ?? 'auto', browserLanguages());
let texts: Messages | undefined;
let wanted = current;
const listeners = new Set<(language: Language) => void>();
let watching = false;

/** Loads `language`'s texts, then shows them, unless another language was asked for meanwhile. */
async function show(language: Language): Promise<void> {
  wanted = language;
  const loaded = await loadMessages(language);
  if (wanted !== language) return;
  document.documentElement.lang = language;
  texts = loaded;
  if (language === current) return;
  current = language;
  listeners.forEach((listener) => listener(language));
}

/** Pages await this before their first render (components/mount.tsx), so texts are always there. */
export const prepareMessages = (): Promise<void> => show(current);

function startWatching(): void {
  if (watching) return;
  watching = true;
  const load = () => void readUiLanguage().then(show, () => undefined);
  load();
  preferencesItem.watch(load);
}

/** The UI language, kept live: a change in the options page reaches every open page at once. */
export function useLanguage(): Language {
  const [language, setLanguage] = useState(current);
  useEffect(() => {
    listeners.add(setLanguage);
    startWatching();
    setLanguage(current);
    return () => void listeners.delete(setLanguage);
  }, []);
  return language;
}

export function useMessages(): Messages {
  useLanguage();
  if (!texts) throw new Error('useMessages before prepareMessages: mount pages with components/mount.tsx');
  return texts;
}
