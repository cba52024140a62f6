/** The toolbar badge: how many links in the user's role no longer work; nothing when none. */
import { browser } from 'wxt/browser';
import { catalogue } from '../../lib/catalogue';
import { workerMessages } from '../../lib/i18n/worker';
import { badgeText, brokenCount } from '../../lib/links/view';
import { readLinkHealth, readPreferences, readUiLanguage } from '../../lib/platform/storage';

// A calm amber rather than alarm red: a moved web page is not an emergency.
const BADGE_COLOR = '#8a5a00';

export async function updateBadge(): Promise<void> {
  const [prefs, health, language] = await Promise.all([
    readPreferences(),
    readLinkHealth(),
    readUiLanguage(),
  ]);
  const m = workerMessages[language];
  const count = brokenCount(catalogue, prefs.role, health.links);
  // Firefox's MV2 build has browserAction instead of action.
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ text: badgeText(count) });
  await action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  await action.setTitle({ title: count === 0 ? m.actionTitle : m.badgeBroken(count) });
}
