import { RolePicker } from '../../components/RolePicker';
import { useManagedSettings } from '../../components/useManagedSettings';
import { usePreferences } from '../../components/usePreferences';
import { catalogue } from '../../lib/catalogue';
import { NO_MANAGED_SETTINGS, effectiveRole } from '../../lib/managed';
import { roleName } from '../../lib/role-view';
import { saveRole } from '../../lib/storage';

/** Opens once after install so a new user picks a role before first use. */
export function Welcome() {
  const prefs = usePreferences();
  const managed = useManagedSettings();
  // With the role locked by the organisation there is nothing to pick; the page just confirms it.
  const { role, locked } = effectiveRole(prefs?.role ?? null, managed?.settings ?? NO_MANAGED_SETTINGS);
  return (
    <main class="welcome">
      <h1>Velkommen til Spes</h1>
      <p>
        Spes samler den offisielle veiledningen om spesialistutdanningen for leger: forskrift, rundskriv,
        utdanningsplaner, veiledning og Kompetanseportalen.
      </p>
      {!locked && (
        <RolePicker catalogue={catalogue} current={role} onPick={(picked) => void saveRole(picked)} />
      )}
      {role !== null && (
        <div class="done" role="status">
          <p>
            {locked ? 'Arbeidsplassen din har valgt rollen' : 'Du har valgt'}{' '}
            <strong>{roleName(catalogue, role)}</strong>.
          </p>
          <ul>
            <li>Klikk på Spes-ikonet i verktøylinjen, eller trykk Alt+Shift+S, for å søke.</li>
            <li>Fest ikonet via puslespill-knappen i nettleseren så det alltid er synlig.</li>
          </ul>
        </div>
      )}
    </main>
  );
}
