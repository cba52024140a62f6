import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PageApp } from '../../components/page/mount';
import { useLive } from '../../components/page/useLive';
import { useMessages } from '../../components/page/useMessages';
import { usePageTitle } from '../../components/page/usePageTitle';
import { HandoutControls } from '../../components/share/HandoutControls';
import { HandoutSheet } from '../../components/share/HandoutSheet';
import { ListChoiceSelects, type ListChoice } from '../../components/share/ListChoice';
import { bundledFacts, currentFacts, dayOf } from '../../lib/answers';
import { ALL_ROLES, findSpecialty, roleChoices } from '../../lib/catalogue';
import { roleName } from '../../lib/i18n';
import { linkHealthItem } from '../../lib/links';
import { buildListView } from '../../lib/list';
import { shownRole, shownSpecialty } from '../../lib/policy';
import { isRoleChoice } from '../../lib/prefs';
import { searcherFor } from '../../lib/search';
import { buildHandoutUrl, parseHandoutUrl } from '../../lib/pages';
import { applyBrokenChoice, handoutView, sharedList } from '../../lib/share';

const initial = parseHandoutUrl(location.search);
// The date printed on the handout: the day it was made, fixed while the page is open.
const madeAt = Date.now();

/**
 * A role's links, with a specialty's group or none (or a search's hits), as one printable page:
 * `handout.html?role=...&specialty=...&q=...`.
 */
export const App: PageApp = ({ view }) => {
  const m = useMessages();
  const health = useLive(linkHealthItem)?.links;
  const [broken, setBroken] = useState(initial.broken);
  // Whose list: the address's role and specialty at first, then the one picked on the page.
  const [chosen, setChosen] = useState<Partial<ListChoice>>(initial);
  const role = shownRole(view, chosen.role);
  const specialty = shownSpecialty(view, chosen.specialty);
  const cat = view.catalogue;
  const list = useMemo(() => {
    if (!health) return undefined;
    const { q } = initial;
    // The list the popup shows for this role and query, without the user's own pinned links (and
    // Spes's own everyday groups, so that it fits one A4 page: lib/share/handout.ts).
    const searcher = q ? searcherFor(cat) : undefined;
    const listed = handoutView(buildListView(cat, role, q, searcher, undefined, specialty));
    return sharedList(listed, { catalogue: cat, role, query: q }, m, health);
  }, [cat, role, m, health, specialty]);
  const shown = useMemo(() => list && applyBrokenChoice(list, broken), [list, broken]);

  // The address says what the page shows, so it can be reloaded or handed on as it is.
  const addressOf = (forRole: string) =>
    buildHandoutUrl(location.pathname, {
      ...initial,
      role: forRole,
      specialty,
      ownSpecialty: view.specialty,
      broken,
    });
  const address = addressOf(role);
  useEffect(() => history.replaceState(null, '', address), [address]);
  usePageTitle(m.handoutPageTitle, list?.title);

  // Until the stored link health is read, so no broken link is ever printed unmarked.
  if (!list || !shown) return <div aria-busy="true" />;
  // Every fact of the role current the day it was made, not only the three the popup has room
  // for. The all-roles list fills its page with links and has no role's facts to print.
  const specialtyName = findSpecialty(cat, specialty)?.name ?? null;
  const facts =
    role === ALL_ROLES ? [] : currentFacts(bundledFacts, role, dayOf(new Date(madeAt)), specialtyName);
  // An address naming a role Spes does not know says so, and offers the roles it knows.
  const unknownRole = chosen.role !== undefined && !view.locked && !isRoleChoice(chosen.role);
  return (
    <>
      {unknownRole && (
        <nav class="handout-roles" aria-labelledby="handout-unknown-role">
          <p id="handout-unknown-role">{m.handoutUnknownRole(chosen.role ?? '')}</p>
          <ul>
            {roleChoices(cat).map((id) => (
              <li key={id}>
                <a href={addressOf(id)}>{roleName(cat, id, m)}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <HandoutControls list={list} broken={broken} onBrokenChange={setBroken}>
        {/* Whose list, when the user may choose it: not for a search's hits. */}
        {initial.q === '' && (
          <ListChoiceSelects
            catalogue={cat}
            choice={{ role, specialty }}
            onChange={setChosen}
            roleChoice={!view.locked}
            class="handout-role"
          />
        )}
      </HandoutControls>
      <HandoutSheet list={shown} madeAt={madeAt} facts={facts} />
    </>
  );
};
