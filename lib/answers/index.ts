/**
 * Answers beyond pages (docs/catalogue.md): "what is ...?" cards, and dated facts that end by
 * themselves. The facts are small and in the popup's first paint; the cards load with the search.
 */
export type { Fact, Term } from './types';
export { bundledFacts, currentFacts, dayOf, textIn } from './facts';
export type { TermName } from './match';

export type FinderModule = typeof import('./find');

/** The finder and the cards, as a chunk of their own. */
export const loadAnswerFinder = (): Promise<FinderModule> => import('./find');

/** The terms by name and address only, for the omnibox (./names.ts). */
export const loadTermNames = (): Promise<typeof import('./names')> => import('./names');
