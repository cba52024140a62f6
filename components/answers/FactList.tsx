import { textIn, type Fact } from '../../lib/answers';
import { useMessages } from '../page/useMessages';
import './answers.css';

/** Dated facts, one calm line each, in the UI language, each with the page that says so. */
export function FactList({ facts, newTab }: { facts: readonly Fact[]; newTab?: boolean }) {
  const m = useMessages();
  if (facts.length === 0) return null;
  return (
    <ul class="facts" aria-label={m.factsLabel}>
      {facts.map((fact) => (
        <li key={fact.id} data-fact={fact.id}>
          {textIn(fact, m.language)}{' '}
          <a href={fact.source} target={newTab ? '_blank' : undefined} rel="noreferrer">
            {m.factSource}
          </a>
        </li>
      ))}
    </ul>
  );
}
