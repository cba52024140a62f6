import { useEffect } from 'preact/hooks';
import { LanguageSetting } from '../../components/LanguageSetting';
import { LinkCheckControls } from '../../components/LinkCheckControls';
import { LinkHealthTable } from '../../components/LinkHealthTable';
import { ResetSettings } from '../../components/ResetSettings';
import { RoleSetting } from '../../components/RoleSetting';
import { useLinkHealthRecord } from '../../components/useLinkHealth';
import { useManagedSettings } from '../../components/useManagedSettings';
import { useMessages } from '../../components/useMessages';
import { usePreferences } from '../../components/usePreferences';
import { catalogue } from '../../lib/catalogue';

/** Settings (role, language, link checks, reset) and the link health report; every change applies at once. */
export function App() {
  const m = useMessages();
  const prefs = usePreferences();
  const managed = useManagedSettings();
  const record = useLinkHealthRecord();
  useEffect(() => void (document.title = m.optionsTitle), [m]);
  if (prefs === undefined || managed === undefined) return <main aria-busy="true" />;
  return (
    <main>
      <h1>{m.optionsHeading}</h1>
      <RoleSetting catalogue={managed.catalogue} prefs={prefs} managed={managed.settings} />
      <LanguageSetting choice={prefs.language} />
      <LinkCheckControls lastRun={record.lastRun} />
      <ResetSettings />
      <LinkHealthTable entries={catalogue.entries} health={record.links} />
    </main>
  );
}
