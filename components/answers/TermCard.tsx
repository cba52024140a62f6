import { textIn, type Term } from '../../lib/answers';
import { useMessages } from '../page/useMessages';
import './answers.css';

interface Props {
  term: Term;
  newTab?: boolean;
}

const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');

/** A "what is ...?" card: the term, Spes's two or three sentences, and the authority's page. */
export function TermCard({ term, newTab }: Props) {
  const m = useMessages();
  const heading = `answer-${term.id}`;
  return (
    <section class="answer-card" aria-labelledby={heading} data-term={term.id}>
      <h2 id={heading}>{term.names[0]}</h2>
      <p>{textIn(term, m.language)}</p>
      <p>
        <a href={term.url} target={newTab ? '_blank' : undefined} rel="noreferrer">
          {m.answerReadMore(hostOf(term.url))}
        </a>
      </p>
    </section>
  );
}
