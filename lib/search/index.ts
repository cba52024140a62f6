/** The search's public face; the rest of this folder is the engine's inside. */
import searchFields from '../../assets/catalogue.json?search' with { type: 'json' };
import { perCatalogue, type Catalogue } from '../catalogue';
import { createSearcher, type Searcher } from './searcher';

export { createSearcher, type Hit, type SearchOptions, type Searcher } from './searcher';
export type { Range } from './highlights';
export { foldText } from './analysis/fold';
export { isStopTerm } from './analysis/stopwords';
export { tokenize } from './analysis/tokens';
export { queryTerms } from './query';
export { evaluate, evaluateRanked, type EvalResult } from './eval';

/**
 * A catalogue as the pages have it, with what only the search reads joined back: the entries'
 * keywords and English texts (`catalogue.json?search`, lib/build/bundle-plugins.ts). An entry it
 * does not name (an organisation's link, lib/policy) stays as it is.
 */
export const withSearchFields = perCatalogue((cat): Catalogue => {
  const entries = cat.entries.map((entry) => {
    const { note, ...more } = searchFields[entry.id] ?? {};
    return { ...entry, ...more, ...(entry.note ? { note: { ...entry.note, ...note } } : {}) };
  });
  return { ...cat, entries };
});

/**
 * The search over a catalogue as the pages have it, one per catalogue object: the user view hands
 * out the same catalogue until the organisation's links change, so typing never rebuilds the index.
 */
export const searcherFor = perCatalogue((cat: Catalogue): Searcher => createSearcher(withSearchFields(cat)));
