import type { PageApp } from '../../components/page/mount';
import { useMessages } from '../../components/page/useMessages';
import { usePageTitle } from '../../components/page/usePageTitle';
import { RolePicker } from '../../components/role/RolePicker';
import { SpecialtyPicker } from '../../components/specialty/SpecialtyPicker';
import { roleName } from '../../lib/i18n';
import { saveRole, saveSpecialty } from '../../lib/prefs';

/** Opens once after install so a new user picks a role before first use. */
export const Welcome: PageApp = ({ view }) => {
  const m = useMessages();
  usePageTitle(m.welcomeTitle);
  // With the role locked by the organisation there is nothing to pick; the page just confirms it.
  const { role, locked, catalogue, specialty } = view;
  return (
    <>
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
          <p>
            <SpecialtyPicker
              catalogue={catalogue}
              current={specialty}
              onPick={(s) => void saveSpecialty(s)}
            />
          </p>
          <ul>
            <li>{m.welcomeHowToSearch}</li>
            <li>{m.welcomeHowToPin}</li>
          </ul>
        </div>
      )}
    </>
  );
};
