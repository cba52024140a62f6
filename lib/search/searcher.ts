/**
 * Norwegian-aware fuzzy search over the catalogue, hits best first in one ordering. The user's
 * role is a preference, not a partition: its hits are marked inRole, and another role's hit that
 * names what was asked ranks above a weak hit from the role (README, "Search quality").
 */
import { entriesOfRole, seedEntryIds, type Catalogue, type Entry } from '../catalogue';
import { synonyms as bundledSynonyms, type Synonyms } from './analysis/synonyms';
import { createHighlighter, type Highlights } from './highlights';
import { buildIndex, isTopic } from './inverted-index';
import { buildSynonymLookup, parseQuery, type QueryContext } from './query';
import { scoreQuery } from './score';
import { createVocabulary } from './vocabulary';

export interface Hit {
  entry: Entry;
  /** In (0, 1): lower is better, 1 / (1 + relevance); hits come sorted by it, role preference included. */
  score: number;
  inRole: boolean;
  /** Ranges to highlight in the entry's title and description, in their original text. */
  highlights: Highlights;
}

export interface SearchOptions {
  /** A role id; null, "alle" or a role the catalogue does not know means no preference. */
  role?: string | null;
  /** A specialty id (catalogue `specialties`): its pages rank first among hits that match alike. */
  specialty?: string | null;
  /** At most this many hits (as Array.slice reads it); all by default. */
  limit?: number;
}

export interface Searcher {
  search(query: string, options?: SearchOptions): Hit[];
  /** Whether some entry names a term (as tokenize spells it) in a title or its keywords. */
  isTopic(term: string): boolean;
}

// Another role's hit keeps this share of its relevance. A hit matching everything asked from
// another role still beats one matching half of it in the role (coverage counts squared,
// score.ts), while between hits that match alike, the role's come first.
const OTHER_ROLE = 0.7;
// A page Spes adds beyond the seed keeps this share of its relevance: between pages that match
// alike, the seed's curated page comes first, while an added page naming what was asked (a
// specialty, a form) still ranks above a seed page that only touches it.
const BEYOND_SEED = 0.75;
// The chosen specialty's pages weigh this much more: "kurs" with ORT chosen lists ORT's first.
const CHOSEN_SPECIALTY = 2;
// Hits scoring below this share of the best hit are noise (a stray typo match, a common word).
const MIN_RELATIVE = 0.12;

/**
 * Entries (by index position) with their relevance, another role's reduced, best first (ties in
 * catalogue order), without the noise below MIN_RELATIVE of the best; `limit` as Array.slice reads it.
 */
function rank(relevance: number[], inRole: (at: number) => boolean, limit = Infinity) {
  const ranked: [at: number, value: number][] = [];
  relevance.forEach((value, at) => {
    if (value > 0) ranked.push([at, inRole(at) ? value : value * OTHER_ROLE]);
  });
  const best = ranked.reduce((max, [, value]) => Math.max(max, value), 0);
  const count = Number.isNaN(limit) ? 0 : Math.max(0, Math.trunc(limit));
  return ranked
    .filter(([, value]) => value >= best * MIN_RELATIVE)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, count);
}

export function createSearcher(cat: Catalogue, words: Synonyms = bundledSynonyms): Searcher {
  const index = buildIndex(cat.entries);
  const vocabulary = createVocabulary(index.postings.keys());
  const ctx: QueryContext = { lookup: buildSynonymLookup(words), knows: (term) => index.postings.has(term) };
  const roles = new Map(cat.roles.map((r) => [r.id, entriesOfRole(cat, r.id)]));
  const seed = seedEntryIds(cat);
  const inSomeRole = new Set(cat.roles.flatMap((r) => r.groups.flatMap((g) => g.entries)));
  const weights = index.entries.map((e) => (seed.has(e.id) ? 1 : BEYOND_SEED));
  const specialtyEntries = new Map((cat.specialties ?? []).map((s) => [s.id, new Set(s.entries)]));
  const marks = createHighlighter();

  return {
    isTopic: (term) => isTopic(index, term),
    search(query, options = {}) {
      const slots = parseQuery(query, ctx);
      if (slots.length === 0) return [];
      const { relevance, matchedTerms } = scoreQuery(index, slots, vocabulary.match);
      const chosen = specialtyEntries.get(options.specialty ?? '');
      relevance.forEach((value, at) => {
        const boost = chosen?.has(index.entries[at]?.id ?? '') ? CHOSEN_SPECIALTY : 1;
        relevance[at] = value * (weights[at] ?? 1) * boost;
      });
      const mine = roles.get(options.role ?? '') ?? null;
      // A specialty's own pages belong to no role's groups: they are every role's.
      const inRole = (at: number) => {
        const id = index.entries[at]?.id ?? '';
        return mine === null || mine.has(id) || !inSomeRole.has(id);
      };
      return rank(relevance, inRole, options.limit).map(([at, value]) => {
        const entry = index.entries[at] as Entry;
        return { entry, score: 1 / (1 + value), inRole: inRole(at), highlights: marks(entry, matchedTerms) };
      });
    },
  };
}
