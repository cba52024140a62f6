import { useMemo, useState } from 'preact/hooks';
import { policy, policyMirror, provisionalUserView, resolveUserView, type UserView } from '../../lib/policy';
import { preferencesItem, preferencesMirror, type Preferences } from '../../lib/prefs';
import { useLive } from './useLive';

// Chromium's storage.managed can take seconds to answer while its policy service starts
// (measured: 2 s for the first read in a fresh profile). Pages paint without a policy after a
// short wait then; a late answer still applies, and the mirror makes later opens instant.
const POLICY_PATIENCE_MS = 300;

/** What a page draws from: the user's view and the preferences behind it. */
export type PageView = UserView & { prefs: Preferences };

/**
 * The user's view (lib/policy/user-view.ts), kept live: undefined until both the preferences and
 * the policy are known, then updated on every change to either.
 */
export function useUserView(): PageView | undefined {
  // At first the page's mirrors of the preferences and the policy (lib/platform/mirror.ts).
  const prefs = useLive(preferencesItem, {
    initial: preferencesMirror.read(),
    onValue: preferencesMirror.write,
  });
  const [copy] = useState(policyMirror.read);
  const settings = useLive(policy, {
    initial: copy,
    onValue: policyMirror.write,
    patienceMs: POLICY_PATIENCE_MS,
  });
  return useMemo(() => {
    if (!prefs || !settings) return undefined;
    // Until storage.managed answers, the page's copy is only a guess (lib/policy/user-view.ts). An
    // answer is never the copy itself: each is parsed into an object of its own (lib/policy/settings.ts).
    const view = settings === copy ? provisionalUserView(prefs, settings) : resolveUserView(prefs, settings);
    return { ...view, prefs };
  }, [prefs, settings, copy]);
}
