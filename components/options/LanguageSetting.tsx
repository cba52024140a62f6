import { LANGUAGE_CHOICES, type LanguageChoice } from '../../lib/i18n';
import { saveLanguage } from '../../lib/prefs';
import { SelectSetting } from './SelectSetting';
import { useMessages } from '../page/useMessages';

/** Follow the browser, or a fixed language; every open Spes page switches at once. */
export function LanguageSetting({ choice }: { choice: LanguageChoice }) {
  const m = useMessages();
  // Each language in its own words, so a user who cannot read the current one finds theirs.
  const options = LANGUAGE_CHOICES.map((value) => ({
    value,
    label: m.languageNames[value],
    lang: value === 'auto' ? undefined : value,
  }));
  return (
    <SelectSetting
      id="language-setting"
      heading={m.languageHeading}
      label={m.languageLabel}
      value={choice}
      options={options}
      onChange={(value) => void saveLanguage(value as LanguageChoice)}
    />
  );
}
