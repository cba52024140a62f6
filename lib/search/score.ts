/**
 * How well each entry answers a query: a term by how well it matched, the weight of its fields
 * and its rarity; a phrase the mean of its terms times the share matched; a slot its best
 * alternative; an entry the sum over the slots times the square of the share of slots matched,
 * so answering more of what was asked ranks higher. Scores are an array a number per entry (0 for
 * no match): at a few hundred entries a pass over all of them costs microseconds.
 */
import { isSubjectTerm } from './analysis/stopwords';
import type { SearchIndex } from './inverted-index';
import type { Alternative, Slot } from './query';
import type { Matcher } from './vocabulary';

export interface QueryScores {
  /** Per entry, its relevance: above 0 when it matched. */
  relevance: number[];
  /** Every indexed term that matched some part of the query, for highlighting. */
  matchedTerms: Set<string>;
}

// Matching the typed word and a synonym too is more evidence than matching one of them; only
// the runner-up counts, so an entry listing every synonym of a word does not win by that alone.
const RUNNER_UP = 0.2;
const COVERAGE_POWER = 2;

/** What scoring one query needs, and the indexed terms it matched so far. */
interface Scoring {
  index: SearchIndex;
  match: Matcher;
  matched: Set<string>;
}

const zeros = (index: SearchIndex): number[] => new Array<number>(index.entries.length).fill(0);

/** Per entry, the sum of the parts' scores, and how many of the parts it scored in. */
function addUp<T>(index: SearchIndex, parts: T[], score: (part: T) => number[]) {
  const sum = zeros(index);
  const count = zeros(index);
  for (const part of parts)
    score(part).forEach((value, entry) => {
      if (value === 0) return;
      sum[entry] = (sum[entry] ?? 0) + value;
      count[entry] = (count[entry] ?? 0) + 1;
    });
  return [sum, count] as const;
}

/**
 * Per entry, the best of its matches times the rarity of the query term. Rarity is measured over
 * the entries the term matched (weighted by how well), not over the indexed term it matched: a
 * prefix matching one rare long word is no rarer for it.
 */
function scoreTerm({ index, match, matched }: Scoring, term: string, typed: boolean): number[] {
  const best = zeros(index);
  const quality = zeros(index);
  for (const [found, q] of match(term, typed)) {
    matched.add(found);
    for (const [entry, weight] of index.postings.get(found) ?? []) {
      best[entry] = Math.max(best[entry] ?? 0, q * weight);
      quality[entry] = Math.max(quality[entry] ?? 0, q);
    }
  }
  const df = quality.reduce((sum, q) => sum + q, 0);
  const rarity = Math.log(1 + index.entries.length / Math.max(df, 1));
  return best.map((value) => value * rarity);
}

/** Per entry, the alternative's score: the mean over its terms, times the share of them matched. */
function scoreAlternative(scoring: Scoring, alt: Alternative): number[] {
  const [sum, count] = addUp(scoring.index, alt.terms, (term) => scoreTerm(scoring, term, alt.typed));
  const n = alt.terms.length;
  return sum.map((value, entry) => (alt.weight * value * (count[entry] ?? 0)) / (n * n));
}

/** Per entry, the slot's score: its best alternative, plus a little for the runner-up. */
function scoreSlot(scoring: Scoring, slot: Slot): number[] {
  const best = zeros(scoring.index);
  const second = zeros(scoring.index);
  const add = (alternatives: Alternative[]) => {
    for (const alt of alternatives) {
      scoreAlternative(scoring, alt).forEach((score, entry) => {
        const top = best[entry] ?? 0;
        second[entry] = Math.max(second[entry] ?? 0, Math.min(top, score));
        best[entry] = Math.max(top, score);
      });
    }
  };
  add(slot.alternatives);
  if (best.every((value) => value === 0)) add(slot.fallback);
  return best.map((value, entry) => value + RUNNER_UP * (second[entry] ?? 0));
}

export function scoreQuery(index: SearchIndex, slots: Slot[], match: Matcher): QueryScores {
  const scoring: Scoring = { index, match, matched: new Set() };
  const [total, count] = addUp(index, slots, (slot) => scoreSlot(scoring, slot));
  // Matched only on words every page shares (stopwords.ts): no good match.
  if ([...scoring.matched].every(isSubjectTerm)) return { relevance: zeros(index), matchedTerms: new Set() };
  const relevance = total.map((value, at) => value * ((count[at] ?? 0) / slots.length) ** COVERAGE_POWER);
  return { relevance, matchedTerms: scoring.matched };
}
