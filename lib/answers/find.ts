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
import { bundledFacts, isCurrent } from './facts';
import { createTermMatcher, wordsOf } from './match';
import type { Fact, Term } from './types';

/** The bundled cards, validated at build time by wxt.config.ts (./parse.ts). */
const bundledTerms = (termsData as unknown as { terms: Term[] }).terms;

const termsNamedIn = createTermMatcher(bundledTerms);
// Each fact with its keywords as the search reads words, read once.
const keyedFacts = bundledFacts.map((fact) => ({
  fact,
  keywords: new Set(fact.keywords.flatMap(queryTerms)),
}));

/**
 * The cards a query names (./match.ts), and the current facts (`today` an ISO day, ./facts.ts
 * dayOf) whose keywords hold every word of it. One word is not enough for a fact: it is a card's
 * or a page's ("allmennmedisin"), while a fact is asked for with two ("frist allmennmedisin").
 */
export function findAnswers(query: string, today: string): { terms: Term[]; facts: Fact[] } {
  const words = wordsOf(query);
  const describes = ({ fact, keywords }: (typeof keyedFacts)[number]) =>
    words.length > 1 && isCurrent(fact, today) && words.every((w) => keywords.has(w));
  return { terms: termsNamedIn(query), facts: keyedFacts.filter(describes).map(({ fact }) => fact) };
}

/** The answers' ids, cards first, as the evaluation set names them: term:fim, fact:nye-fkm. */
export const answerKeys = ({ terms, facts }: ReturnType<typeof findAnswers>): string[] => [
  ...terms.map((t) => `term:${t.id}`),
  ...facts.map((f) => `fact:${f.id}`),
];
