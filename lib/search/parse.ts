/**
 * Validates assets/synonyms.json at build time (wxt.config.ts) and in the unit tests, and the
 * evaluation's query files, each by its JSON schema, as lib/catalogue/parse.ts validates the
 * catalogue. Off the folder's face, like lib/catalogue/parse.ts: the search uses the data as built.
 */
import queriesSchema from '../../assets/search-queries.schema.json' with { type: 'json' };
import synonymsSchema from '../../assets/synonyms.schema.json' with { type: 'json' };
import { failIn, validateBySchema, withoutMaintainerKeys } from '../catalogue/parse';
import type { EvalQuery } from './eval';

/** assets/synonyms.json; `$note` in a group says why its terms belong together, and does not ship. */
export interface Synonyms {
  version: 1;
  groups: { terms: string[] }[];
}

/** Validates raw synonym data; throws an error naming the group and term at fault. */
export function parseSynonyms(raw: unknown): Synonyms {
  validateBySchema(synonymsSchema, raw, 'synonyms');
  const { groups } = raw as Synonyms;
  groups.forEach(({ terms }, i) => {
    // Case and spaces around a term do not matter to the search, so such a term is listed twice.
    const distinct = terms.map((t) => t.trim().toLowerCase());
    const twice = distinct.findIndex((t, j) => distinct.indexOf(t) < j);
    if (twice >= 0)
      failIn('synonyms')(`groups[${i}]`, `terms[${twice}]`, `"${terms[twice]}" is listed twice`);
  });
  return withoutMaintainerKeys(raw);
}

/** Validates a file of evaluation queries (assets/search-queries.schema.json); `source` names it in errors. */
export function parseEvalQueries(raw: unknown, source = 'queries'): EvalQuery[] {
  validateBySchema(queriesSchema, raw, source);
  return raw as EvalQuery[];
}
