/**
 * The manifest's own texts (name, description, toolbar title, shortcut description) per language,
 * written by wxt.config.ts to `_locales/<language>/messages.json` and referred to as `__MSG_key__`.
 *
 * Folder names: Chromium's UI locale for Norwegian is "nb" (build/config/locales.gni), and it
 * looks only for that folder (then the default); it has no nynorsk UI, so "nn" only serves
 * Firefox. Firefox's Norwegian builds are "nb-NO" and "nn-NO" and negotiate them down to the
 * language folders "nb" and "nn". So folders named as our languages ("nb", "nn", "en") load in
 * both browsers, with "nb" as the default.
 */
import { type Language, workerMessages } from '../i18n';

export const DEFAULT_LOCALE = 'nb';

// Shown only by the browser, from _locales; the name is Spes in every language, and the toolbar
// title comes from the worker's texts, which the worker also sets itself when the badge changes.
const MANIFEST_TEXTS: Record<Language, { extDescription: string; commandOpen: string }> = {
  nb: {
    extDescription: 'Offisiell veiledning om spesialistutdanningen for leger, ett tastetrykk unna.',
    commandOpen: 'Åpne Spes',
  },
  nn: {
    extDescription: 'Offisiell rettleiing om spesialistutdanninga for legar, eitt tastetrykk unna.',
    commandOpen: 'Opne Spes',
  },
  en: {
    extDescription: "Official guidance on Norway's specialist training for doctors, one keystroke away.",
    commandOpen: 'Open Spes',
  },
};

/** The manifest's texts in one language. */
export const manifestTexts = (language: Language) => ({
  extName: 'Spes',
  ...MANIFEST_TEXTS[language],
  actionTitle: workerMessages[language].actionTitle,
});

type ManifestKey = keyof ReturnType<typeof manifestTexts>;

/** `__MSG_extName__` and the like, for the manifest. */
export const msg = (key: ManifestKey): string => `__MSG_${key}__`;

/** One language's messages.json, in the format both browsers read. */
export function localeMessagesJson(language: Language): string {
  const entries = Object.entries(manifestTexts(language)).map(([key, message]) => [key, { message }]);
  return `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`;
}
