/**
 * How well each entry answers a query. A term scores by how well it matched (1 for itself, less
 * for a prefix or a typo), how much the fields it occurs in weigh, and how rare it is in the
 * catalogue. A phrase scores the mean of its terms, times the share of them it matched; a slot
 * scores by its best alternative. An entry's relevance is the sum over the slots, times the
 * square of the share of slots it matched, so an entry answering more of what was asked ranks
 * higher.
 */
import type { SearchIndex } from './inverted-index';
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
 * A number and a count per entry, in arrays as long as the catalogue, with the entries touched
 * listed so that clearing and walking cost only what was touched. A prefix typed in the popup
 * touches most of 1,000 entries, and maps keyed by entry were a third of such a keystroke
 * (bench/search.bench.ts, typing).
 */
class PerEntry {
  readonly value: Float64Array;
  readonly count: Uint16Array;
  readonly touched: number[] = [];

  constructor(size: number) {
    this.value = new Float64Array(size);
    this.count = new Uint16Array(size);
  }

  get(entry: number): number {
    return this.value[entry] ?? 0;
  }

  private touch(entry: number): void {
    const count = this.count[entry] ?? 0;
    if (count === 0) this.touched.push(entry);
    this.count[entry] = count + 1;
  }

  add(entry: number, value: number): void {
    this.touch(entry);
    this.value[entry] = this.get(entry) + value;
  }

  max(entry: number, value: number): void {
    this.touch(entry);
    if (value > this.get(entry)) this.value[entry] = value;
  }

  clear(): void {
    for (const entry of this.touched) {
      this.value[entry] = 0;
      this.count[entry] = 0;
    }
    this.touched.length = 0;
  }
}

/** Scores queries against one index, reusing its per-entry arrays from search to search. */
export class Scorer {
  private readonly term: PerEntry;
  private readonly quality: PerEntry;
  private readonly alternative: PerEntry;
  private readonly best: PerEntry;
  private readonly second: PerEntry;
  private readonly total: PerEntry;

  constructor(private readonly index: SearchIndex) {
    const size = index.entries.length;
    [this.term, this.quality, this.alternative, this.best, this.second, this.total] = Array.from(
      { length: 6 },
      () => new PerEntry(size),
    ) as [PerEntry, PerEntry, PerEntry, PerEntry, PerEntry, PerEntry];
  }

  /**
   * Best match per entry, times the rarity of the query term. Rarity is measured over the
   * entries the term matched (weighted by how well), not over the indexed term it matched: a
   * prefix matching one rare long word is no rarer for it.
   */
  private scoreTerm(matches: TermMatches): number {
    this.term.clear();
    this.quality.clear();
    const { offsets, entries, weights } = this.index.postings;
    for (const [term, q] of matches) {
      const id = this.index.termIds.get(term) ?? -1;
      for (let row = offsets[id] ?? 0; row < (offsets[id + 1] ?? 0); row++) {
        const entry = entries[row] ?? 0;
        this.term.max(entry, q * (weights[row] ?? 0));
        this.quality.max(entry, q);
      }
    }
    let df = 0;
    for (const entry of this.quality.touched) df += this.quality.get(entry);
    return Math.log(1 + this.index.entries.length / Math.max(df, 1));
  }

  private scoreAlternative(alt: Alternative, match: Matcher, seen: Set<string>): void {
    this.alternative.clear();
    for (const term of alt.terms) {
      const matches = match(term, alt.typed);
      for (const t of matches.keys()) seen.add(t);
      const rarity = this.scoreTerm(matches);
      for (const entry of this.term.touched) this.alternative.add(entry, this.term.get(entry) * rarity);
    }
  }

  /** Leaves the slot's score per entry in `best`: its best alternative, plus a little for the runner-up. */
  private scoreSlot(slot: Slot, match: Matcher, seen: Set<string>): void {
    const { best, second, alternative } = this;
    best.clear();
    second.clear();
    const add = (alternatives: Alternative[]) => {
      for (const alt of alternatives) {
        this.scoreAlternative(alt, match, seen);
        const n = alt.terms.length;
        for (const entry of alternative.touched) {
          const score = (alt.weight * alternative.get(entry) * (alternative.count[entry] ?? 0)) / (n * n);
          const top = best.get(entry);
          second.max(entry, Math.min(top, score));
          best.max(entry, score);
        }
      }
    };
    add(slot.alternatives);
    if (best.touched.length === 0) add(slot.fallback);
    for (const entry of best.touched) best.value[entry] = best.get(entry) + RUNNER_UP * second.get(entry);
  }

  score(slots: Slot[], match: Matcher): QueryScores {
    const matchedTerms = new Set<string>();
    const { total, best } = this;
    total.clear();
    for (const slot of slots) {
      this.scoreSlot(slot, match, matchedTerms);
      for (const entry of best.touched) total.add(entry, best.get(entry));
    }
    const relevance = new Map<number, number>();
    for (const entry of total.touched) {
      const value = total.get(entry) * ((total.count[entry] ?? 0) / slots.length) ** COVERAGE_POWER;
      if (value > 0) relevance.set(entry, value);
    }
    return { relevance, matchedTerms };
  }
}
