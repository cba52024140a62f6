import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { RoleScreen } from '../../components/list/RoleScreen';
import type { PageApp } from '../../components/page/mount';
import { useMessages } from '../../components/page/useMessages';
import { usePageTitle } from '../../components/page/usePageTitle';
import { shownRole } from '../../lib/policy';
import { isRoleChoice } from '../../lib/prefs';
import { buildRelatedView } from '../../lib/related';
import { buildSearchUrl, parseSearchUrl } from '../../lib/pages';

const initial = parseSearchUrl(location.search);

/** The popup's search as a full page: `search.html?q=...&role=...&related=<entry id>`. */
export const App: PageApp = ({ view }) => {
  const m = useMessages();
  const [query, setQuery] = useState(initial.q);
  // The address keeps only a role the catalogue knows (shownRole checks it again for the list).
  const [linkedRole, setLinkedRole] = useState(isRoleChoice(initial.role) ? initial.role : undefined);
  const [related, setRelated] = useState(initial.related);
  const role = shownRole(view, linkedRole);
  const cat = view.catalogue;
  const relatedView = useMemo(
    () => (related ? buildRelatedView(cat, role, related) : null),
    [cat, related, role],
  );

  const address = buildSearchUrl(location.pathname, { q: query, role: linkedRole, related });
  useEffect(() => history.replaceState(null, '', address), [address]);
  usePageTitle(m.searchPageTitle, query.trim());

  return (
    <>
      <h1>Spes</h1>
      <RoleScreen
        view={view}
        role={role}
        onPickRole={setLinkedRole}
        query={query}
        onQueryChange={(q) => {
          setQuery(q);
          setRelated(undefined); // A new search: the list of an entry's relatives no longer applies.
        }}
        // A result replaces this page, as any link would; Back returns to the search as it was left.
        onOpen={(entry) => location.assign(entry.url)}
        relatedView={relatedView}
        newTab={false}
        onOpenOptions={() => void browser.runtime.openOptionsPage()}
      />
    </>
  );
};
