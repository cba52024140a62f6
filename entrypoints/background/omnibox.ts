/**
 * The `spes` keyword in the address bar. All decisions live in lib/omnibox; this file only
 * connects them to the browser's events, with the user's view (role and catalogue, policy
 * included) read afresh on each keystroke and one search index per catalogue.
 */
import { browser } from 'wxt/browser';
import { loadTermNames } from '../../lib/answers';
import { workerMessages } from '../../lib/i18n';
import {
  buildSuggestions,
  decideEnter,
  defaultSuggestion,
  type Flavor,
  type Suggestion,
} from '../../lib/omnibox';
import { readUserView } from '../../lib/policy';
import { readUiLanguage } from '../../lib/prefs';
import { searcherFor } from '../../lib/search';

// Chrome renders descriptions as XML, Firefox as plain text. The build is per browser, so
// the build-time flag is the reliable signal (a user agent check would be fooled by Edge etc.).
const flavor: Flavor = import.meta.env.FIREFOX ? 'firefox' : 'chrome';

function setDefault(text: string): void {
  // Chrome returns a promise here and Firefox may not; neither may take the keyword down.
  readUiLanguage()
    .then((language) => defaultSuggestion(text, flavor, workerMessages[language]))
    .then((description) => browser.omnibox.setDefaultSuggestion({ description }))
    .catch(() => {});
}

async function suggestionsFor(text: string): Promise<Suggestion[]> {
  const [{ role, specialty, catalogue }, language, { termsNamedIn }] = await Promise.all([
    readUserView(),
    readUiLanguage(),
    loadTermNames(),
  ]);
  const options = { role, specialty, flavor, messages: workerMessages[language], termsNamedIn };
  return buildSuggestions(text, options, searcherFor(catalogue));
}

async function openOmniboxChoice(text: string, disposition?: string): Promise<void> {
  const [{ catalogue }, { termNames }] = await Promise.all([readUserView(), loadTermNames()]);
  const searchPage = browser.runtime.getURL('/search.html');
  const termUrls = termNames.map((t) => t.url);
  const { url, disposition: how } = decideEnter(text, disposition, searchPage, catalogue, termUrls);
  if (how === 'currentTab') await browser.tabs.update({ url });
  else await browser.tabs.create({ url, active: how === 'newForegroundTab' });
}

export function registerOmnibox(): void {
  setDefault('');
  browser.omnibox.onInputStarted.addListener(() => setDefault(''));
  browser.omnibox.onInputChanged.addListener((text, suggest) => {
    setDefault(text);
    void suggestionsFor(text).then(suggest, () => suggest([]));
  });
  browser.omnibox.onInputEntered.addListener(
    (text, disposition) => void openOmniboxChoice(text, disposition),
  );
}
