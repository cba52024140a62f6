import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { loadMessages, nb, resolveLanguage, type Language, type Messages } from '../../lib/i18n';
import { browserLanguages, type Live } from '../../lib/platform';
import { preferencesItem, preferencesMirror, type Preferences } from '../../lib/prefs';

/** A page's texts and the language they are in. */
export interface Texts {
  language: Language;
  messages: Messages;
}

const BOKMAL: Texts = { language: 'nb', messages: nb };

const languageOf = (language: Preferences['language']): Language =>
  resolveLanguage(language, browserLanguages());

// One object per language, so reading the same language again renders nothing anew.
const loaded = new Map<Language, Promise<Texts>>([['nb', Promise.resolve(BOKMAL)]]);
function textsIn(language: Language): Promise<Texts> {
  let texts = loaded.get(language);
  if (!texts)
    loaded.set(language, (texts = loadMessages(language).then((messages) => ({ language, messages }))));
  return texts;
}

/**
 * The texts of the UI language, kept live through useLive: a change in the options page reaches
 * every open page. Of two changes in quick succession, the later one wins even when the earlier
 * language's chunk arrives last.
 */
export const pageTexts: Live<Texts> = {
  fallback: BOKMAL,
  getValue: () => preferencesItem.getValue().then((prefs) => textsIn(languageOf(prefs.language))),
  watch(onChange) {
    let latest: Language | undefined;
    return preferencesItem.watch((prefs) => {
      const language = (latest = languageOf(prefs.language));
      void textsIn(language).then((texts) => latest === language && onChange(texts));
    });
  },
};

/**
 * The texts a page opens with, from the mirrored choice (lib/platform/mirror.ts) or else the
 * browser's languages: bokmål at once, another language once its chunk is in. Either way the
 * first render is in the right language, and nothing flickers.
 */
export function openingTexts(): Texts | Promise<Texts> {
  const language = languageOf(preferencesMirror.read()?.language ?? 'auto');
  return language === 'nb' ? BOKMAL : textsIn(language);
}

/** What useMessages reads; components/page/mount.tsx provides the page's live texts. */
export const TextsContext = createContext<Texts>(BOKMAL);

export const useMessages = (): Messages => useContext(TextsContext).messages;
