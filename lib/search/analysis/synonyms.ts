/**
 * Synonyms and abbreviations the search expands queries with. They are data
 * (assets/synonyms.json) so catalogue maintainers can add the words people use without
 * touching code; this module checks the file and says exactly what is wrong with it.
 */
import data from '../../../assets/synonyms.json';

export interface Synonyms {
  version: 1;
  /** `$note` in a group says why its terms belong together, for the next maintainer. */
  groups: { terms: string[] }[];
}

function fail(where: string, problem: string): never {
  throw new Error(`synonyms: ${where}: ${problem}`);
}

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseGroup(v: unknown, index: number): { terms: string[] } {
  const where = `groups[${index}]`;
  if (!isObj(v)) fail(where, 'must be an object with "terms"');
  if (!Array.isArray(v.terms)) fail(where, '"terms" must be an array');
  const terms = v.terms.map((t: unknown, i) => {
    if (typeof t !== 'string' || t.trim() === '') fail(`${where}.terms[${i}]`, 'must be a non-empty string');
    return t;
  });
  const distinct = new Set(terms.map((t) => t.trim().toLowerCase()));
  if (distinct.size !== terms.length) fail(where, `a term is listed twice in ${JSON.stringify(terms)}`);
  if (terms.length < 2) fail(where, `needs at least two terms, got ${JSON.stringify(terms)}`);
  if (v.$note !== undefined && typeof v.$note !== 'string') fail(where, '"$note" must be a string');
  return { terms };
}

/** Validates raw synonym data; throws an error naming the group and term at fault. */
export function parseSynonyms(raw: unknown): Synonyms {
  if (!isObj(raw)) fail('(root)', 'must be an object');
  if (raw.version !== 1) fail('version', `must be 1, got ${JSON.stringify(raw.version)}`);
  if (!Array.isArray(raw.groups)) fail('groups', 'must be an array');
  return { version: 1, groups: raw.groups.map(parseGroup) };
}

/** The bundled synonyms; the unit tests validate the file. */
export const synonyms: Synonyms = data as Synonyms;
