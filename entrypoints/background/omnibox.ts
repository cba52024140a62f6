/**
 * The `spes` keyword in the address bar. All decisions live in lib/omnibox.ts; this file
 * only connects them to the browser's events.
 */
import { browser } from 'wxt/browser';
import {
  buildSuggestions,
  decideEnter,
  defaultSuggestion,
  type Flavor,
  type Suggestion,
} from '../../lib/omnibox';
import { readPreferences } from '../../lib/storage';

// Chrome renders descriptions as XML, Firefox as plain text. The build is per browser, so
// the build-time flag is the reliable signal (a user agent check would be fooled by Edge etc.).
const flavor: Flavor = import.meta.env.FIREFOX ? 'firefox' : 'chrome';

function setDefault(text: string): void {
  void browser.omnibox.setDefaultSuggestion({ description: defaultSuggestion(text, flavor) }).catch(() => {});
}

export async function suggestionsFor(text: string): Promise<Suggestion[]> {
  const { role } = await readPreferences().catch(() => ({ role: null }));
  return buildSuggestions(text, { role, flavor });
}

export async function openOmniboxChoice(text: string, disposition?: string): Promise<void> {
  const { url, disposition: how } = decideEnter(text, disposition, browser.runtime.getURL('/search.html'));
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
