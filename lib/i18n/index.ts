/**
 * Which language the UI speaks, as pure functions: the user's choice wins, else the browser's
 * languages decide. The pages' texts are nb.ts, nn.ts and en.ts (a page loads only the one it
 * shows; components get them through useMessages()); the background worker's few are worker.ts;
 * words.ts puts domain values (roles, descriptions, sections, link health, dates) into words.
 */
import { nb, type Messages } from './nb';

export { nb, type Messages };
export { workerMessages, type WorkerMessages } from './worker';
export * from './words';

export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
/** 'auto' follows the browser. */
export type LanguageChoice = 'auto' | Language;
export const LANGUAGE_CHOICES: readonly LanguageChoice[] = ['auto', ...LANGUAGES];

// Bokmål, the language most pages open in, is part of the pages' own code, so they render in the
// task their modules run in; nynorsk and English are chunks of their own, loaded only by a page
// that shows them (all three together were a fifth of the popup's bytes). Each brings the
// catalogue's descriptions and notes in its language, in the same chunk (lib/build/bundle-plugins.ts);
// a bokmål open does not carry them. The background worker has its own few texts (worker.ts) and
// never loads these.
const LOADERS = {
  nn: () =>
    Promise.all([import('./nn').then((module) => module.nn), import('../../assets/catalogue.json?nn')]),
  en: () =>
    Promise.all([import('./en').then((module) => module.en), import('../../assets/catalogue.json?en')]),
};

/** One language's page texts, with the catalogue's descriptions and notes in that language. */
export async function loadMessages(language: Language): Promise<Messages> {
  if (language === 'nb') return nb;
  const [messages, texts] = await LOADERS[language]();
  return { ...messages, entryTexts: texts.default };
}

/**
 * One browser language tag (nb-NO, no, nn, en-GB, ...) to ours, or null when it tells us nothing.
 * Chrome calls bokmål "nb" and older systems "no"; Swedish and Danish readers read bokmål easily.
 */
function languageFromTag(tag: string): Language | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'nb' || primary === 'no' || primary === 'sv' || primary === 'da') return 'nb';
  if (primary === 'nn') return 'nn';
  if (primary === 'en') return 'en';
  return null;
}

/**
 * The language to show. The browser's languages are walked in the user's order, so
 * ['de', 'nn'] gives nynorsk. With only other languages (a German-speaking doctor, say) English
 * is the better guess than bokmål; with no information at all, bokmål, Spes's own language.
 */
export function resolveLanguage(choice: LanguageChoice, browserLanguages: readonly string[]): Language {
  if (choice !== 'auto') return choice;
  for (const tag of browserLanguages) {
    const language = languageFromTag(tag);
    if (language) return language;
  }
  return browserLanguages.length > 0 ? 'en' : 'nb';
}
