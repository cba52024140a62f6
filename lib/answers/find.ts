/**
 * What a query asks for beyond pages: the "what is ...?" cards it names, and the current facts
 * it describes. Loaded with the search, not in the popup's first paint (./index.ts): the cards'
 * texts are the larger part of the answers' data.
 *
 * Words are compared as the search compares them (folded, stemmed, filler words dropped), so
 * "læringsmål", "laeringsmal" and "læringsmåla" meet.
 */
import termsData from '../../assets/terms.json' with { type: 'json' };
import { queryTerms } from '../search';
import { isCurrent } from './facts';
import type { Fact, Term } from './types';

export type Answer = { kind: 'term'; term: Term } | { kind: 'fact'; fact: Fact };

/** The bundled cards, validated at build time by wxt.config.ts (./parse.ts). */
export const bundledTerms = (termsData as unknown as { terms: Term[] }).terms;

// Words that ask what something is, or how two things differ: they name no term.
const ASKING = new Set(
  queryTerms(
    'betyr tyder mean means meaning forskjell forskjellen skilnad difference between vs versus definisjon definition',
  ),
);
// Words a question about a term may carry around it without asking for something else.
const CONTEXT = new Set(queryTerms('spesialistutdanning spesialistutdanningen spesialistutdanninga'));

/** A query's words as the search reads them, without the asking words. */
const wordsOf = (text: string) => queryTerms(text).filter((t) => !ASKING.has(t));

/** Whether `name` occurs in `words` at `at`. */
const occursAt = (words: string[], name: string[], at: number) => name.every((w, i) => words[at + i] === w);

interface Named {
  term: Term;
  name: string[];
}

const namesOf = (terms: readonly Term[]): Named[] =>
  terms
    .flatMap((term) => term.names.map((n) => ({ term, name: queryTerms(n) })))
    .filter((n) => n.name.length > 0)
    .sort((a, b) => b.name.length - a.name.length);

/**
 * The cards a query names, in the order it names them, when naming them is all it does
 * ("hva er FIM", "supervisør eller veileder"). A query with any other word asks for pages, and
 * gets no card: "veileder kurs" is about a course.
 */
function namedTerms(words: string[], names: Named[]): Term[] {
  const found: Term[] = [];
  for (let at = 0; at < words.length;) {
    const hit = names.find((n) => occursAt(words, n.name, at));
    if (hit) {
      if (!found.includes(hit.term)) found.push(hit.term);
      at += hit.name.length;
    } else if (CONTEXT.has(words[at] ?? '')) at++;
    else return [];
  }
  return found;
}

/**
 * The current facts whose keywords hold every word of the query. One word is not enough: it is
 * a card's or a page's ("allmennmedisin"), while a fact is asked for with two ("frist allmennmedisin").
 */
function describedFacts(words: string[], facts: readonly Fact[], today: string): Fact[] {
  if (words.length < 2) return [];
  return facts.filter((fact) => {
    if (!isCurrent(fact, today)) return false;
    const keywords = new Set(fact.keywords.flatMap((k) => queryTerms(k)));
    return words.every((w) => keywords.has(w));
  });
}

export interface AnswerData {
  terms: readonly Term[];
  facts: readonly Fact[];
  /** ISO day (./facts.ts, dayOf). */
  today: string;
}

/** Builds the finder once per set of data: the names are read once, not on every key. */
export function createAnswerFinder({ terms, facts, today }: AnswerData) {
  const names = namesOf(terms);
  return (query: string): Answer[] => {
    const words = wordsOf(query);
    if (words.length === 0) return [];
    return [
      ...namedTerms(words, names).map((term): Answer => ({ kind: 'term', term })),
      ...describedFacts(words, facts, today).map((fact): Answer => ({ kind: 'fact', fact })),
    ];
  };
}

/** An answer's id as the evaluation set names it: term:fim, fact:nye-fkm. */
export const answerKey = (a: Answer): string =>
  a.kind === 'term' ? `term:${a.term.id}` : `fact:${a.fact.id}`;
