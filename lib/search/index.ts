/**
 * The search's public face: what the rest of Spes imports. Everything else in this folder is
 * the engine's inside (analysis/, the index, matching with fuse.js, scoring, highlights).
 */
import searchFields from '../../assets/catalogue.json?search' with { type: 'json' };
import { joinEntryFields, perCatalogue, type Catalogue } from '../catalogue';
import { createSearcher, type Searcher } from './searcher';

export { createSearcher, type Hit, type Searcher, type SearchOptions } from './searcher';
export type { Range } from './highlights';
export { foldText } from './analysis/fold';
export { isStopword } from './analysis/stopwords';
export { tokenize } from './analysis/tokens';
export { queryTerms } from './query';
export { parseSynonyms, SynonymsError, type Synonyms } from './analysis/synonyms';
export {
  evaluate,
  evaluateRanked,
  parseEvalQueries,
  type EvalMiss,
  type EvalQuery,
  type EvalResult,
} from './eval';

// One searcher per catalogue object: the user view hands out the same catalogue until the
// organisation's links change (lib/policy/user-view.ts), so neither typing in the popup nor in
// the address bar ever rebuilds the index.
const searchers = new WeakMap<Catalogue, Searcher>();

/**
 * A catalogue as the pages have it, with what only the search reads joined back: the entries'
 * keywords and English texts. They are left out of the catalogue the pages paint from and come with
 * this module (`catalogue.json?search`, lib/build/bundle-plugins.ts).
 */
export const withSearchFields = perCatalogue((cat) => joinEntryFields(cat, searchFields));

/** The search over a catalogue as the pages have it (withSearchFields). */
export function searcherFor(cat: Catalogue): Searcher {
  let searcher = searchers.get(cat);
  if (!searcher) searchers.set(cat, (searcher = createSearcher(withSearchFields(cat))));
  return searcher;
}
