import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLive } from '../../components/page/useLive';
import { useMessages } from '../../components/page/useMessages';
import { useUserView } from '../../components/page/useUserView';
import { HandoutControls } from '../../components/share/HandoutControls';
import { HandoutSheet } from '../../components/share/HandoutSheet';
import { linkHealthItem } from '../../lib/links';
import { buildListView } from '../../lib/list';
import { shownRole } from '../../lib/policy';
import { searcherFor } from '../../lib/search';
import { buildHandoutUrl, parseHandoutUrl } from '../../lib/pages';
import { applyBrokenChoice, sharedList } from '../../lib/share';

const initial = parseHandoutUrl(location.search);
// The date printed on the handout: the day it was made, fixed while the page is open.
const madeAt = Date.now();

/** A role's links (or a search's hits) as one printable page: `handout.html?role=...&q=...`. */
export function App() {
  const view = useUserView();
  const m = useMessages();
  const health = useLive(linkHealthItem)?.links;
  const [broken, setBroken] = useState(initial.broken);
  const role = shownRole(view, initial.role);
  const cat = view?.catalogue;
  const list = useMemo(() => {
    if (!cat || !health) return undefined;
    const { q } = initial;
    // The list the popup shows for this role and query, without the user's own pinned links.
    const listed = buildListView(cat, role, q, q.trim() === '' ? undefined : searcherFor(cat));
    return sharedList(listed, { catalogue: cat, role, query: q }, m, health);
  }, [cat, role, m, health]);

  const shown = useMemo(() => list && applyBrokenChoice(list, broken), [list, broken]);

  useEffect(() => {
    history.replaceState(null, '', buildHandoutUrl(location.pathname, { ...initial, role, broken }));
  }, [role, broken]);
  useEffect(() => {
    document.title = list ? `${list.title} – Spes` : m.handoutPageTitle;
  }, [list, m]);

  if (list === undefined || shown === undefined) return <main aria-busy="true" />;
  return (
    <main>
      <HandoutControls list={list} broken={broken} onBrokenChange={setBroken} />
      <HandoutSheet list={shown} madeAt={madeAt} />
    </main>
  );
}
