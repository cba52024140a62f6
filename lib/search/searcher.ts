/**
 * Norwegian-aware fuzzy search over the catalogue, hits best first in one ordering. The user's
 * role is a preference, not a partition: its hits are marked inRole, and another role's hit that
 * names what was asked ranks above a weak hit from the role (README, "Search quality").
 */
import { findSpecialty, otherRolesOnly, seedEntryIds, type Catalogue, type Entry } from '../catalogue';
import { createHighlighter, type Highlights } from './highlights';
import { buildIndex, isTopic } from './inverted-index';
import { parseQuery } from './query';
import { scoreQuery } from './score';
import { createMatcher } from './vocabulary';

export interface Hit {
  entry: Entry;
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

export function createSearcher(cat: Catalogue): Searcher {
  const index = buildIndex(cat.entries);
  const match = createMatcher(index.postings);
  const knows = (term: string) => index.postings.has(term);
  const elsewhereFor = new Map(cat.roles.map((r) => [r.id, otherRolesOnly(cat, r.id)]));
  const seed = seedEntryIds(cat);
  const marks = createHighlighter();

  return {
    isTopic: (term) => isTopic(index, term),
    search(query, options = {}) {
      const slots = parseQuery(query, knows);
      if (slots.length === 0) return [];
      const { relevance, matchedTerms } = scoreQuery(index, slots, match);
      const chosen = new Set(findSpecialty(cat, options.specialty)?.entries);
      const elsewhere = elsewhereFor.get(options.role ?? '');
      const found: { entry: Entry; inRole: boolean; value: number }[] = [];
      index.entries.forEach((entry, at) => {
        const { id } = entry;
        const value =
          (relevance[at] ?? 0) * (seed.has(id) ? 1 : BEYOND_SEED) * (chosen.has(id) ? CHOSEN_SPECIALTY : 1);
        if (value === 0) return;
        const inRole = !elsewhere?.(id);
        found.push({ entry, inRole, value: inRole ? value : value * OTHER_ROLE });
      });
      const best = Math.max(0, ...found.map((f) => f.value));
      // Best first; a stable sort keeps ties in catalogue order.
      return found
        .filter((f) => f.value >= best * MIN_RELATIVE)
        .sort((a, b) => b.value - a.value)
        .slice(0, Math.max(0, options.limit ?? Infinity))
        .map(({ entry, inRole }) => ({ entry, inRole, highlights: marks(entry, matchedTerms) }));
    },
  };
}
