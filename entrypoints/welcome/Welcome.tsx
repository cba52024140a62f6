import { useEffect } from 'preact/hooks';
import { RolePicker } from '../../components/RolePicker';
import { useManagedSettings } from '../../components/useManagedSettings';
import { useMessages } from '../../components/useMessages';
import { usePreferences } from '../../components/usePreferences';
import { catalogue, roleName } from '../../lib/catalogue';
import { NO_MANAGED_SETTINGS, effectiveRole } from '../../lib/policy/settings';
import { saveRole } from '../../lib/platform/storage';

/** Opens once after install so a new user picks a role before first use. */
export function Welcome() {
  const prefs = usePreferences();
  const managed = useManagedSettings();
  const m = useMessages();
  useEffect(() => void (document.title = m.welcomeTitle), [m]);
  // With the role locked by the organisation there is nothing to pick; the page just confirms it.
  const { role, locked } = effectiveRole(prefs?.role ?? null, managed?.settings ?? NO_MANAGED_SETTINGS);
  return (
    <main class="welcome">
      <h1>{m.welcomeTitle}</h1>
      <p>{m.welcomeIntro}</p>
      {!locked && (
        <RolePicker catalogue={catalogue} current={role} onPick={(picked) => void saveRole(picked)} />
      )}
      {role !== null && (
        <div class="done" role="status">
          <p>
            {locked ? m.welcomeChosenByOrg : m.welcomeChosen} <strong>{roleName(catalogue, role, m)}</strong>.
          </p>
          <ul>
            <li>{m.welcomeHowToSearch}</li>
            <li>{m.welcomeHowToPin}</li>
          </ul>
        </div>
      )}
    </main>
  );
}
