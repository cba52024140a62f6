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
import { createTermMatcher, wordsOf } from './match';
import type { Fact, Term } from './types';

export type Answer = { kind: 'term'; term: Term } | { kind: 'fact'; fact: Fact };

/** The bundled cards, validated at build time by wxt.config.ts (./parse.ts). */
export const bundledTerms = (termsData as unknown as { terms: Term[] }).terms;

/** A fact with its keywords as the search reads words, read once. */
const withKeywords = (fact: Fact) => ({ fact, keywords: new Set(fact.keywords.flatMap(queryTerms)) });

/**
 * The current facts whose keywords hold every word of the query. One word is not enough: it is
 * a card's or a page's ("allmennmedisin"), while a fact is asked for with two ("frist allmennmedisin").
 */
function describedFacts(words: string[], facts: ReturnType<typeof withKeywords>[], today: string): Fact[] {
  if (words.length < 2) return [];
  return facts
    .filter(({ fact, keywords }) => isCurrent(fact, today) && words.every((w) => keywords.has(w)))
    .map(({ fact }) => fact);
}

export interface AnswerData {
  terms: readonly Term[];
  facts: readonly Fact[];
  /** ISO day (./facts.ts, dayOf). */
  today: string;
}

/** Builds the finder once per set of data: the names are read once, not on every key. */
export function createAnswerFinder({ terms, facts, today }: AnswerData) {
  const namedIn = createTermMatcher(terms);
  const keyed = facts.map(withKeywords);
  return (query: string): Answer[] => {
    const words = wordsOf(query);
    return [
      ...namedIn(query).map((term): Answer => ({ kind: 'term', term })),
      ...describedFacts(words, keyed, today).map((fact): Answer => ({ kind: 'fact', fact })),
    ];
  };
}

/** An answer's id as the evaluation set names it: term:fim, fact:nye-fkm. */
export const answerKey = (a: Answer): string =>
  a.kind === 'term' ? `term:${a.term.id}` : `fact:${a.fact.id}`;
