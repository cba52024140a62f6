/**
 * The `spes` keyword in the address bar. All decisions live in lib/omnibox.ts; this file
 * only connects them to the browser's events.
 */
import { browser } from 'wxt/browser';
import { catalogue, type Catalogue } from '../../lib/catalogue';
import { workerMessages } from '../../lib/i18n/worker';
import { effectiveRole, NO_MANAGED_SETTINGS } from '../../lib/policy/settings';
import { withOrgLinks } from '../../lib/policy/org-links';
import {
  buildSuggestions,
  decideEnter,
  defaultSuggestion,
  type Flavor,
  type Suggestion,
} from '../../lib/omnibox/suggestions';
import { createSearcher } from '../../lib/search';
import { readManagedSettings, readPreferences, readUiLanguage } from '../../lib/platform/storage';

// Chrome renders descriptions as XML, Firefox as plain text. The build is per browser, so
// the build-time flag is the reliable signal (a user agent check would be fooled by Edge etc.).
const flavor: Flavor = import.meta.env.FIREFOX ? 'firefox' : 'chrome';

function setDefault(text: string): void {
  // Chrome returns a promise here and Firefox may not; neither may take the keyword down.
  readUiLanguage()
    .then((language) => {
      const description = defaultSuggestion(text, flavor, workerMessages[language]);
      return browser.omnibox.setDefaultSuggestion({ description });
    })
    .catch(() => {});
}

/** The user's role and catalogue as the popup shows them, organisation policy included. */
async function userView(): Promise<{ role: string | null; cat: Catalogue }> {
  const [prefs, managed] = await Promise.all([
    readPreferences().catch(() => ({ role: null })),
    readManagedSettings().catch(() => NO_MANAGED_SETTINGS),
  ]);
  const { role } = effectiveRole(prefs.role, managed);
  return { role, cat: withOrgLinks(catalogue, managed.extraLinks) };
}

export async function suggestionsFor(text: string): Promise<Suggestion[]> {
  const [{ role, cat }, language] = await Promise.all([userView(), readUiLanguage()]);
  const searcher = cat === catalogue ? undefined : createSearcher(cat);
  return buildSuggestions(text, { role, flavor, messages: workerMessages[language] }, searcher);
}

export async function openOmniboxChoice(text: string, disposition?: string): Promise<void> {
  const { cat } = await userView();
  const { url, disposition: how } = decideEnter(
    text,
    disposition,
    browser.runtime.getURL('/search.html'),
    cat,
  );
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
