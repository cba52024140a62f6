import { useMemo } from 'preact/hooks';
import { policy, policyMirror, resolveUserView, type UserView } from '../../lib/policy';
import { preferencesItem, preferencesMirror, type Preferences } from '../../lib/prefs';
import { useLive } from './useLive';

// Chromium's storage.managed can take seconds to answer while its policy service starts
// (measured: 2 s for the first read in a fresh profile). Pages paint without a policy after a
// short wait then; a late answer still applies, and the mirror makes later opens instant.
const POLICY_PATIENCE_MS = 300;

/** The stored preferences, kept live; at first the page's mirror of them. */
export function usePreferences(): Preferences | undefined {
  return useLive(preferencesItem, { initial: preferencesMirror.read(), onValue: preferencesMirror.write });
}

/**
 * The user's view (lib/policy/user-view.ts), kept live: undefined until both the preferences and
 * the policy are known, then updated on every change to either.
 */
export function useUserView(): (UserView & { prefs: Preferences }) | undefined {
  const prefs = usePreferences();
  const settings = useLive(policy, {
    initial: policyMirror.read(),
    onValue: policyMirror.write,
    patienceMs: POLICY_PATIENCE_MS,
  });
  return useMemo(
    () => (prefs && settings ? { ...resolveUserView(prefs, settings), prefs } : undefined),
    [prefs, settings],
  );
}
