/**
 * Synonyms and abbreviations the search expands queries with. They are data
 * (assets/synonyms.json) so catalogue maintainers can add the words people use without
 * touching code; the build checks the file (../parse.ts) and says exactly what is wrong with it.
 */
import data from '../../../assets/synonyms.json';

export interface Synonyms {
  version: 1;
  /** `$note` in a group says why its terms belong together, for the next maintainer. */
  groups: { terms: string[] }[];
}

/** The bundled synonyms, as the build validated them. */
export const synonyms: Synonyms = data as Synonyms;
