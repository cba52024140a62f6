/**
 * Scores entries against the slots of a query. A slot scores by its best alternative; a
 * term scores by how well it matched, how much the field it matched in counts, and how
 * rare the term is in the catalogue. An entry's score is the sum over slots, scaled by the share of
 * slots it matched, so an entry matching more of what was asked ranks higher.
 */
import type { SearchIndex } from './search-index';
import type { TermMatches } from './search-match';
import type { Alternative, Slot } from './search-query';

export interface Scored {
  entry: number;
  relevance: number;
}

export interface QueryScores {
  scored: Scored[];
  /** Every indexed term that matched some part of the query, for highlighting. */
  matchedTerms: Set<number>;
}

type Matcher = (term: string) => TermMatches;
type PerEntry = Map<number, number>;

const COVERAGE_POWER = 2;

/**
 * Best match per entry, times the rarity of the query term. Rarity is measured over the
 * entries the term matched (weighted by how well), not over the indexed word it matched:
 * "veiledning" matching inside the rare compound "brukerveiledning" is no rarer for it.
 */
function termScores(index: SearchIndex, matches: TermMatches): PerEntry {
  const best: PerEntry = new Map();
  const quality: PerEntry = new Map();
  const { offsets, entries, weights } = index.postings;
  for (const [id, q] of matches) {
    for (let k = offsets[id] ?? 0; k < (offsets[id + 1] ?? 0); k++) {
      const entry = entries[k] ?? 0;
      const score = q * (weights[k] ?? 0);
      if (score > (best.get(entry) ?? 0)) best.set(entry, score);
      if (q > (quality.get(entry) ?? 0)) quality.set(entry, q);
    }
  }
  let df = 0;
  for (const q of quality.values()) df += q;
  const idf = Math.log(1 + index.entries.length / Math.max(df, 1));
  for (const [entry, score] of best) best.set(entry, score * idf);
  return best;
}

/**
 * A phrase scores the mean of its terms, times the share of its terms matched: "competence
 * portal" matching only "competence" is weak evidence for the portal.
 */
function alternativeScores(
  index: SearchIndex,
  alt: Alternative,
  match: Matcher,
  seen: Set<number>,
): PerEntry {
  const sum: PerEntry = new Map();
  const count: PerEntry = new Map();
  for (const term of alt.terms) {
    const matches = match(term);
    for (const id of matches.keys()) seen.add(id);
    for (const [entry, score] of termScores(index, matches)) {
      sum.set(entry, (sum.get(entry) ?? 0) + score);
      count.set(entry, (count.get(entry) ?? 0) + 1);
    }
  }
  const n = alt.terms.length;
  for (const [entry, score] of sum) sum.set(entry, (alt.weight * score * (count.get(entry) ?? 0)) / (n * n));
  return sum;
}

// Matching the typed word and a synonym too is more evidence than matching one of them; only
// the runner-up counts, so an entry listing every synonym of a word does not win by that alone.
const RUNNER_UP = 0.2;

/** The best alternative's score, plus a little of the second best. */
function slotScores(index: SearchIndex, slot: Slot, match: Matcher, seen: Set<number>): PerEntry {
  const best: PerEntry = new Map();
  const second: PerEntry = new Map();
  for (const alt of slot.alternatives) {
    for (const [entry, score] of alternativeScores(index, alt, match, seen)) {
      const top = best.get(entry) ?? 0;
      if (score > top) {
        second.set(entry, top);
        best.set(entry, score);
      } else if (score > (second.get(entry) ?? 0)) second.set(entry, score);
    }
  }
  for (const [entry, top] of best) best.set(entry, top + RUNNER_UP * (second.get(entry) ?? 0));
  return best;
}

export function scoreQuery(index: SearchIndex, slots: Slot[], match: Matcher): QueryScores {
  const matchedTerms = new Set<number>();
  const sums: PerEntry = new Map();
  const counts: PerEntry = new Map();
  for (const slot of slots) {
    for (const [entry, score] of slotScores(index, slot, match, matchedTerms)) {
      sums.set(entry, (sums.get(entry) ?? 0) + score);
      counts.set(entry, (counts.get(entry) ?? 0) + 1);
    }
  }
  const scored: Scored[] = [];
  for (const [entry, sum] of sums) {
    const coverage = (counts.get(entry) ?? 0) / slots.length;
    scored.push({ entry, relevance: sum * coverage ** COVERAGE_POWER });
  }
  return { scored, matchedTerms };
}
