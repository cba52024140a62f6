import { LANGUAGE_CHOICES, type LanguageChoice } from '../lib/i18n';
import { saveLanguage } from '../lib/storage';
import { useMessages } from './useMessages';

/** Follow the browser, or a fixed language; every open Spes page switches at once. */
export function LanguageSetting({ choice }: { choice: LanguageChoice }) {
  const m = useMessages();
  return (
    <section aria-labelledby="language-heading">
      <h2 id="language-heading">{m.languageHeading}</h2>
      <label>
        {m.languageLabel}{' '}
        <select
          data-testid="language-setting"
          value={choice}
          onChange={(e) => void saveLanguage(e.currentTarget.value as LanguageChoice)}
        >
          {LANGUAGE_CHOICES.map((value) => (
            // Each language in its own words, so a user who cannot read the current one finds theirs.
            <option key={value} value={value} lang={value === 'auto' ? undefined : value}>
              {m.languageNames[value]}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
