import { useEffect, useState } from 'preact/hooks';
import {
  bundledFacts,
  currentFacts,
  dayOf,
  loadAnswerFinder,
  textIn,
  type FinderModule,
  type Term,
} from '../../lib/answers';
import { siteOf } from '../../lib/catalogue';
import { useMessages } from '../page/useMessages';
import { FactList } from './FactList';

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

/**
 * What Spes answers above the list, in the popup and on the search page: with no query, the
 * role's current facts; with one, the cards it names and the facts it describes.
 */
export function Answers({ query, role, specialtyName = null, newTab }: Props) {
  const searching = query.trim() !== '';
  // The finder with the cards, loaded on the first query (lib/answers keeps it out of the first paint).
  const [finder, setFinder] = useState<FinderModule>();
  useEffect(() => {
    if (searching && !finder) void loadAnswerFinder().then(setFinder);
  }, [searching, finder]);
  const today = dayOf(new Date());
  if (!searching) {
    const facts = currentFacts(bundledFacts, role, today, specialtyName);
    return <FactList facts={facts.slice(0, MAX_SHOWN_FACTS)} newTab={newTab} />;
  }
  const { terms, facts } = finder?.findAnswers(query, today) ?? { terms: [], facts: [] };
  return (
    <div class="answers" data-query={query}>
      {terms.map((term) => (
        <TermCard key={term.id} term={term} newTab={newTab} />
      ))}
      <FactList facts={facts} newTab={newTab} />
    </div>
  );
}

/** A "what is ...?" card: the term, Spes's two or three sentences, and the authority's page. */
function TermCard({ term, newTab }: { term: Term; newTab?: boolean }) {
  const m = useMessages();
  return (
    <section class="answer-card" aria-labelledby={`answer-${term.id}`} data-term={term.id}>
      <h2 id={`answer-${term.id}`}>{term.names[0]}</h2>
      <p>{textIn(term, m.language)}</p>
      <p>
        <a href={term.url} target={newTab ? '_blank' : undefined} rel="noreferrer">
          {m.answerReadMore(siteOf(term.url))}
        </a>
      </p>
    </section>
  );
}
