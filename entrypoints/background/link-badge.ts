/**
 * The toolbar badge: how many links in the user's list (the role's and the chosen specialty's) no
 * longer work; nothing when none. Role and specialty are the user view's (lib/policy/user-view.ts),
 * so a role locked by policy counts its own links, and the badge follows every change of role,
 * specialty, policy or link health.
 */
import { browser } from 'wxt/browser';
import { workerMessages } from '../../lib/i18n';
import { badgeText, brokenCount, linkHealthItem } from '../../lib/links';
import { policy, readUserView } from '../../lib/policy';
import { preferencesItem, readUiLanguage } from '../../lib/prefs';

// A calm amber rather than alarm red: a moved web page is not an emergency.
const BADGE_COLOR = '#8a5a00';

async function updateBadge(): Promise<void> {
  const [view, health, language] = await Promise.all([
    readUserView(),
    linkHealthItem.getValue(),
    readUiLanguage(),
  ]);
  const m = workerMessages[language];
  const count = brokenCount(view.catalogue, view, health.links);
  // Firefox's MV2 build has browserAction instead of action.
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ text: badgeText(count) });
  await action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  await action.setTitle({ title: count === 0 ? m.actionTitle : m.badgeBroken(count) });
}

/** Called synchronously at start: the badge is set now and after every change that moves it. */
export function registerBadge(): void {
  const update = () => void updateBadge().catch((error: unknown) => console.error('Spes: badge', error));
  for (const source of [preferencesItem, linkHealthItem, policy]) source.watch(update);
  update();
}
