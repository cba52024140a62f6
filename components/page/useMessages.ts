import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { loadMessages, nb, type Language, type Messages } from '../../lib/i18n';
import type { Live } from '../../lib/platform';
import { preferencesItem, preferencesMirror, readUiLanguage, uiLanguage } from '../../lib/prefs';

// One object per language, so reading the same language again renders nothing anew.
const loaded: Partial<Record<Language, Promise<Messages>>> = {};
const messagesIn = (language: Language) => (loaded[language] ??= loadMessages(language));

/**
 * The texts of the UI language, kept live through useLive: a change in the options page reaches
 * every open page. Of two changes in quick succession, the later one wins even when the earlier
 * language's chunk arrives last.
 */
export const pageTexts: Live<Messages> = {
  fallback: nb,
  getValue: () => readUiLanguage().then(messagesIn),
  watch(onChange) {
    let latest: Language | undefined;
    return preferencesItem.watch((prefs) => {
      const language = (latest = uiLanguage(prefs.language));
      void messagesIn(language).then((messages) => latest === language && onChange(messages));
    });
  },
};

/**
 * The texts a page opens with, from the mirrored choice (lib/platform/mirror.ts) or else the
 * browser's languages: bokmål at once, another language once its chunk is in. Either way the
 * first render is in the right language, and nothing flickers.
 */
export function openingTexts(): Messages | Promise<Messages> {
  const language = uiLanguage(preferencesMirror.read()?.language ?? 'auto');
  return language === 'nb' ? nb : messagesIn(language);
}

/** What useMessages reads; components/page/mount.tsx provides the page's live texts. */
export const MessagesContext = createContext<Messages>(nb);

export const useMessages = (): Messages => useContext(MessagesContext);
