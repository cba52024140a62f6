import { LinkHealthTable } from '../../components/options/LinkHealthTable';
import { ResetSettings } from '../../components/options/ResetSettings';
import { LanguageSetting, LinkCheckControls, RoleSetting } from '../../components/options/Settings';
import { useLive } from '../../components/page/useLive';
import { useMessages } from '../../components/page/useMessages';
import { usePageTitle } from '../../components/page/usePageTitle';
import { useUserView } from '../../components/page/useUserView';
import { catalogue } from '../../lib/catalogue';
import { linkHealthItem } from '../../lib/links';

/** Settings (role, language, link checks, reset) and the link health report; every change applies at once. */
export function App() {
  const m = useMessages();
  const view = useUserView();
  const record = useLive(linkHealthItem) ?? linkHealthItem.fallback;
  usePageTitle(m.optionsTitle);
  if (view === undefined) return <main aria-busy="true" />;
  return (
    <main>
      <h1>{m.optionsHeading}</h1>
      <RoleSetting view={view} />
      <LanguageSetting choice={view.prefs.language} />
      <LinkCheckControls view={view} lastRun={record.lastRun} />
      <ResetSettings />
      <LinkHealthTable entries={catalogue.entries} health={record.links} />
    </main>
  );
}
