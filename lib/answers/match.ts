/**
 * Which terms a query names, as the search reads words (folded, stemmed, filler words dropped),
 * so "læringsmål", "laeringsmal" and "læringsmåla" meet. Shared by the finder (./find.ts) and the
 * omnibox (./names.ts), which knows the terms by their names and addresses only.
 */
import { queryTerms } from '../search';
import type { Term } from './types';

/** What matching needs of a term; the omnibox has no more. */
export type TermName = Pick<Term, 'id' | 'names' | 'url'>;

// Words that ask what something is, or how two things differ: they name no term.
const ASKING = new Set(
  queryTerms(
    'betyr tyder mean means meaning forskjell forskjellen skilnad difference between vs versus definisjon definition',
  ),
);
// Words a question about a term may carry around it without asking for something else.
const CONTEXT = new Set(queryTerms('spesialistutdanning spesialistutdanningen spesialistutdanninga'));

/** A query's words as the search reads them, without the asking words. */
export const wordsOf = (text: string) => queryTerms(text).filter((t) => !ASKING.has(t));

/**
 * Reads the names once (longest first); then gives the cards a query names, in the order it names
 * them, when naming them is all it does ("hva er FIM", "supervisør eller veileder"). A query with
 * any other word asks for pages, and gets no card: "veileder kurs" is about a course.
 */
export function createTermMatcher<T extends TermName>(terms: readonly T[]): (query: string) => T[] {
  const names = terms
    .flatMap((term) => term.names.map((n) => ({ term, name: queryTerms(n) })))
    .filter((n) => n.name.length > 0)
    .sort((a, b) => b.name.length - a.name.length);
  return (query) => {
    const words = wordsOf(query);
    const found: T[] = [];
    for (let at = 0; at < words.length;) {
      const hit = names.find((n) => n.name.every((w, i) => words[at + i] === w));
      if (hit) {
        if (!found.includes(hit.term)) found.push(hit.term);
        at += hit.name.length;
      } else if (CONTEXT.has(words[at] ?? '')) at++;
      else return [];
    }
    return found;
  };
}
