import { LinkHealthTable } from '../../components/options/LinkHealthTable';
import { ResetSettings } from '../../components/options/ResetSettings';
import { LanguageSetting, LinkCheckControls, RoleSetting } from '../../components/options/Settings';
import type { PageApp } from '../../components/page/mount';
import { useLive } from '../../components/page/useLive';
import { useMessages } from '../../components/page/useMessages';
import { usePageTitle } from '../../components/page/usePageTitle';
import { catalogue } from '../../lib/catalogue';
import { linkHealthItem } from '../../lib/links';

/** Settings (role, language, link checks, reset) and the link health report; every change applies at once. */
export const App: PageApp = ({ view }) => {
  const m = useMessages();
  const record = useLive(linkHealthItem) ?? linkHealthItem.fallback;
  usePageTitle(m.optionsTitle);
  return (
    <>
      <h1>{m.optionsHeading}</h1>
      <RoleSetting view={view} />
      <LanguageSetting choice={view.prefs.language} />
      <LinkCheckControls view={view} lastRun={record.lastRun} />
      <ResetSettings />
      <LinkHealthTable entries={catalogue.entries} health={record.links} />
    </>
  );
};
