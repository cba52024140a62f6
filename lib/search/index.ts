/**
 * The search's public face: what the rest of Spes imports. Everything else in this folder is
 * the engine's inside (analysis/, the index, matching with fuse.js, scoring, highlights).
 */
export { createSearcher, type Hit, type Searcher, type SearchOptions } from './searcher';
export type { Range } from './highlights';
export { foldText } from './analysis/fold';
export { isStopword } from './analysis/stopwords';
export { queryTerms } from './query';
export { parseSynonyms, SynonymsError, type Synonyms } from './analysis/synonyms';
export { evaluate, parseEvalQueries, type EvalMiss, type EvalQuery, type EvalResult } from './eval';
export { buildSearchUrl, MAX_QUERY_LENGTH, parseSearchUrl, type SearchParams } from './page-url';
