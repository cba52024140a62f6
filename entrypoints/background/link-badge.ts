/** The toolbar badge: how many links in the user's role no longer work; nothing when none. */
import { browser } from 'wxt/browser';
import { catalogue } from '../../lib/catalogue';
import { badgeText, brokenCount } from '../../lib/link-view';
import { readLinkHealth, readPreferences } from '../../lib/storage';

// A calm amber rather than alarm red: a moved web page is not an emergency.
const BADGE_COLOR = '#8a5a00';

export async function updateBadge(): Promise<void> {
  const [prefs, health] = await Promise.all([readPreferences(), readLinkHealth()]);
  const count = brokenCount(catalogue, prefs.role, health.links);
  // Firefox's MV2 build has browserAction instead of action.
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ text: badgeText(count) });
  await action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  const title = count === 0 ? '' : count === 1 ? ' – 1 lenke virker ikke' : ` – ${count} lenker virker ikke`;
  await action.setTitle({ title: `Spes${title}` });
}
