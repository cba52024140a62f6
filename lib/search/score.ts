/**
 * How well each entry answers a query. A term scores by how well it matched (1 for itself, less
 * for a prefix or a typo), how much the fields it occurs in weigh, and how rare it is in the
 * catalogue. A phrase scores the mean of its terms, times the share of them it matched; a slot
 * scores by its best alternative. An entry's relevance is the sum over the slots, times the
 * square of the share of slots it matched, so an entry answering more of what was asked ranks
 * higher.
 */
import { POSTING_SIZE, type SearchIndex } from './inverted-index';
import type { Alternative, Slot } from './query';
import type { TermMatches } from './vocabulary';

export type Matcher = (term: string, typed: boolean) => TermMatches;

export interface QueryScores {
  /** Entry (by index position) -> relevance, above 0. */
  relevance: Map<number, number>;
  /** Every indexed term that matched some part of the query, for highlighting. */
  matchedTerms: Set<string>;
}

// Matching the typed word and a synonym too is more evidence than matching one of them; only
// the runner-up counts, so an entry listing every synonym of a word does not win by that alone.
const RUNNER_UP = 0.2;
const COVERAGE_POWER = 2;

/**
 * Best match per entry, times the rarity of the query term. Rarity is measured over the
 * entries the term matched (weighted by how well), not over the indexed term it matched: a
 * prefix matching one rare long word is no rarer for it.
 */
function scoreTerm(index: SearchIndex, matches: TermMatches): Map<number, number> {
  const best = new Map<number, number>();
  const quality = new Map<number, number>();
  for (const [term, q] of matches) {
    const postings = index.postings.get(term) ?? [];
    for (let at = 0; at < postings.length; at += POSTING_SIZE) {
      const entry = postings[at] ?? 0;
      best.set(entry, Math.max(best.get(entry) ?? 0, q * (postings[at + 1] ?? 0)));
      quality.set(entry, Math.max(quality.get(entry) ?? 0, q));
    }
  }
  let df = 0;
  for (const q of quality.values()) df += q;
  const rarity = Math.log(1 + index.entries.length / Math.max(df, 1));
  for (const [entry, score] of best) best.set(entry, score * rarity);
  return best;
}

/** Adds `value` to the entry's sum and counts one more contribution. */
function tally(sums: Map<number, number>, counts: Map<number, number>, entry: number, value: number): void {
  sums.set(entry, (sums.get(entry) ?? 0) + value);
  counts.set(entry, (counts.get(entry) ?? 0) + 1);
}

function scoreAlternative(index: SearchIndex, alt: Alternative, match: Matcher, seen: Set<string>) {
  const sums = new Map<number, number>();
  const counts = new Map<number, number>();
  for (const term of alt.terms) {
    const matches = match(term, alt.typed);
    for (const t of matches.keys()) seen.add(t);
    for (const [entry, score] of scoreTerm(index, matches)) tally(sums, counts, entry, score);
  }
  const n = alt.terms.length;
  for (const [entry, sum] of sums) sums.set(entry, (alt.weight * sum * (counts.get(entry) ?? 0)) / (n * n));
  return sums;
}

function scoreSlot(index: SearchIndex, slot: Slot, match: Matcher, seen: Set<string>): Map<number, number> {
  const best = new Map<number, number>();
  const second = new Map<number, number>();
  const add = (alternatives: Alternative[]) => {
    for (const alt of alternatives) {
      for (const [entry, score] of scoreAlternative(index, alt, match, seen)) {
        const top = best.get(entry) ?? 0;
        if (score > top) {
          best.set(entry, score);
          second.set(entry, top);
        } else second.set(entry, Math.max(second.get(entry) ?? 0, score));
      }
    }
  };
  add(slot.alternatives);
  if (best.size === 0) add(slot.fallback);
  for (const [entry, top] of best) best.set(entry, top + RUNNER_UP * (second.get(entry) ?? 0));
  return best;
}

export function scoreQuery(index: SearchIndex, slots: Slot[], match: Matcher): QueryScores {
  const matchedTerms = new Set<string>();
  const sums = new Map<number, number>();
  const counts = new Map<number, number>();
  for (const slot of slots) {
    for (const [entry, score] of scoreSlot(index, slot, match, matchedTerms))
      tally(sums, counts, entry, score);
  }
  const relevance = new Map<number, number>();
  for (const [entry, sum] of sums) {
    const value = sum * ((counts.get(entry) ?? 0) / slots.length) ** COVERAGE_POWER;
    if (value > 0) relevance.set(entry, value);
  }
  return { relevance, matchedTerms };
}
