/**
 * Validates assets/terms.json and assets/facts.json at build time (wxt.config.ts) and in the
 * unit tests, by their JSON schemas and as lib/catalogue/parse.ts validates the catalogue; every
 * failure names the file, the item and the field. A fact is a dated claim, and a wrong date is
 * worse than none: its schema requires a source, a checked day and an end date. Off the folder's
 * face, like lib/catalogue/parse.ts: pages use the data as built.
 */
import factsSchema from '../../assets/facts.schema.json' with { type: 'json' };
import termsSchema from '../../assets/terms.schema.json' with { type: 'json' };
import { assertUnique, failIn, referTo, validateBySchema, withoutMaintainerKeys } from '../catalogue/parse';
import type { Fact, Term } from './types';

export function parseTerms(raw: unknown): Term[] {
  validateBySchema(termsSchema, raw, 'terms.json');
  const { terms } = raw as { terms: Term[] };
  assertUnique(failIn('terms.json'), terms, 'term');
  return withoutMaintainerKeys(terms);
}

/** Validates the facts; `roles` are the catalogue's role ids. */
export function parseFacts(raw: unknown, roles: readonly string[]): Fact[] {
  validateBySchema(factsSchema, raw, 'facts.json');
  const { facts } = raw as { facts: Fact[] };
  const fail = failIn('facts.json');
  assertUnique(fail, facts, 'fact');
  const toRole = referTo(fail, new Set(roles), 'is no role of the catalogue');
  for (const fact of facts) {
    toRole(`fact "${fact.id}"`, 'roles', fact.roles);
    if (fact.until < fact.from) fail(`fact "${fact.id}"`, 'until', 'must not be before "from"');
  }
  return withoutMaintainerKeys(facts);
}
