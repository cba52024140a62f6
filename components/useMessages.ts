import { useEffect, useState } from 'preact/hooks';
import { messagesFor, resolveLanguage, type Language, type Messages } from '../lib/i18n';
import { browserLanguages, preferencesItem, readUiLanguage } from '../lib/storage';

// One shared subscription per page, not one per component: a list renders many EntryLinks.
// Starts from the browser's language, which is right for most users, so nothing flickers.
let current: Language = resolveLanguage('auto', browserLanguages());
const listeners = new Set<(language: Language) => void>();
let watching = false;

function apply(language: Language): void {
  document.documentElement.lang = language;
  if (language === current) return;
  current = language;
  listeners.forEach((listener) => listener(language));
}

function startWatching(): void {
  if (watching) return;
  watching = true;
  const load = () => void readUiLanguage().then(apply, () => undefined);
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

export const useMessages = (): Messages => messagesFor(useLanguage());
