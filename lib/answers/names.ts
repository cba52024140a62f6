/**
 * The terms as the omnibox needs them: names and the authority's address, without the cards'
 * texts. The background script cannot load code lazily and holds a byte budget
 * (tests/e2e/budgets.spec.ts), so the build hands it only these fields
 * (`?names`, lib/build/bundle-plugins.ts); elsewhere the import gives the whole file.
 */
import data from '../../assets/terms.json?names';
import { createTermMatcher, type TermName } from './match';

/** Every term, by name and address. */
export const termNames = (data as { terms: TermName[] }).terms;

/** The terms a query names ("hva er FIM"), by their names only. */
export const termsNamedIn = createTermMatcher(termNames);
