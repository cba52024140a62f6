/**
 * Answers beyond pages: "what is ...?" cards for the terms newcomers meet, and dated facts that
 * end by themselves (assets/terms.json, assets/facts.json, docs/catalogue.md). The facts are
 * small and the popup shows the current ones in its first paint; the cards and the finder load
 * with the search (loadAnswerFinder), so their texts stay out of the first paint.
 */
export type { Fact, Term } from './types';
export { bundledFacts, currentFacts, dayOf, textIn } from './facts';
export type { Answer } from './find';
export type { TermName } from './match';

export type FinderModule = typeof import('./find');

/** The finder and the cards, as a chunk of their own. */
export const loadAnswerFinder = (): Promise<FinderModule> => import('./find');

/** The terms by name and address only, for the omnibox (./names.ts). */
export const loadTermNames = (): Promise<typeof import('./names')> => import('./names');
