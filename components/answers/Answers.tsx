import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  bundledFacts,
  currentFacts,
  dayOf,
  loadAnswerFinder,
  type Answer,
  type FinderModule,
} from '../../lib/answers';
import { FactList } from './FactList';
import { TermCard } from './TermCard';

interface Props {
  /** The query the list shows; '' for the role's own list. */
  query: string;
  role: string;
  /** The user's specialty's name: facts about other specialties skip a LIS. */
  specialtyName?: string | null;
  newTab?: boolean;
}

// The popup shows at most this many facts above its groups: a line each, not a wall.
const MAX_SHOWN_FACTS = 3;

/** The finder with the cards, loaded on the first query (lib/answers keeps it out of the first paint). */
function useFinder(wanted: boolean) {
  const [module, setModule] = useState<FinderModule>();
  useEffect(() => {
    if (wanted && !module) void loadAnswerFinder().then(setModule);
  }, [wanted, module]);
  const today = dayOf(new Date());
  return useMemo(
    () => module && module.createAnswerFinder({ terms: module.bundledTerms, facts: bundledFacts, today }),
    [module, today],
  );
}

/**
 * What Spes answers above the list, in the popup and on the search page: with no query, the
 * role's current facts; with one, the cards it names and the facts it describes.
 */
export function Answers({ query, role, specialtyName = null, newTab }: Props) {
  const searching = query.trim() !== '';
  const find = useFinder(searching);
  if (!searching) {
    const facts = currentFacts(bundledFacts, role, dayOf(new Date()), specialtyName).slice(
      0,
      MAX_SHOWN_FACTS,
    );
    return <FactList facts={facts} newTab={newTab} />;
  }
  const answers: Answer[] = find?.(query) ?? [];
  const facts = answers.flatMap((a) => (a.kind === 'fact' ? [a.fact] : []));
  return (
    <div class="answers" data-query={query}>
      {answers.map((a) => a.kind === 'term' && <TermCard key={a.term.id} term={a.term} newTab={newTab} />)}
      <FactList facts={facts} newTab={newTab} />
    </div>
  );
}
