/**
 * Scores entries against one slot of a query. A slot scores by its best alternative; a term
 * scores by how well it matched, how much the field it matched in counts, and how rare the
 * term is in the catalogue. The slot's scores come out as compact arrays, which
 * search-slots.ts keeps across keystrokes and adds up over the slots of a query.
 * Scores live in dense per-entry arrays reused between slots: a common word in a large
 * catalogue touches thousands of entries, and maps of that size are slow to fill.
 */
import type { SearchIndex } from './inverted-index';
import type { TermMatches } from './match';
import type { Alternative, Slot } from './query';
import { Scores } from './scores';

/** One slot's score per entry it matched: entries[i] scored scores[i]. */
export interface SlotScores {
  entries: Int32Array;
  scores: Float64Array;
  /** Every indexed term that matched the slot, for highlighting. */
  terms: number[];
}

export type Matcher = (term: string) => TermMatches;

// Matching the typed word and a synonym too is more evidence than matching one of them; only
// the runner-up counts, so an entry listing every synonym of a word does not win by that alone.
const RUNNER_UP = 0.2;

export class Scorer {
  private readonly term: Scores;
  private readonly quality: Scores;
  private readonly alt: Scores;
  private readonly best: Scores;
  private readonly second: Scores;

  constructor(private readonly index: SearchIndex) {
    const n = index.entries.length;
    this.term = new Scores(n);
    this.quality = new Scores(n);
    this.alt = new Scores(n);
    this.best = new Scores(n);
    this.second = new Scores(n);
  }

  /**
   * Best match per entry, times the rarity of the query term. Rarity is measured over the
   * entries the term matched (weighted by how well), not over the indexed word it matched:
   * "veiledning" matching inside the rare compound "brukerveiledning" is no rarer for it.
   */
  private scoreTerm(matches: TermMatches): void {
    const { offsets, entries, weights } = this.index.postings;
    this.term.clear();
    this.quality.clear();
    for (const [id, q] of matches) {
      for (let k = offsets[id] ?? 0; k < (offsets[id + 1] ?? 0); k++) {
        const entry = entries[k] ?? 0;
        this.term.max(entry, q * (weights[k] ?? 0));
        this.quality.max(entry, q);
      }
    }
    const df = Math.max(this.quality.sum(), 1);
    this.term.scale(Math.log(1 + this.index.entries.length / df));
  }

  /** A phrase scores the mean of its terms, times the share matched ("competence portal"). */
  private scoreAlternative(alt: Alternative, match: Matcher, seen: Set<number>): void {
    this.alt.clear();
    for (const term of alt.terms) {
      const matches = match(term);
      for (const id of matches.keys()) seen.add(id);
      this.scoreTerm(matches);
      this.term.forEach((entry, score) => this.alt.add(entry, score));
    }
    const n = alt.terms.length;
    this.alt.mapValues((score, count) => (alt.weight * score * count) / (n * n));
  }

  scoreSlot(slot: Slot, match: Matcher): SlotScores {
    const seen = new Set<number>();
    this.best.clear();
    this.second.clear();
    for (const alt of slot.alternatives) {
      this.scoreAlternative(alt, match, seen);
      this.alt.forEach((entry, score) => {
        const top = this.best.get(entry);
        if (score > top) {
          this.second.set(entry, top);
          this.best.set(entry, score);
        } else this.second.max(entry, score);
      });
    }
    const entries = new Int32Array(this.best.size);
    const scores = new Float64Array(this.best.size);
    let i = 0;
    this.best.forEach((entry, top) => {
      entries[i] = entry;
      scores[i++] = top + RUNNER_UP * this.second.get(entry);
    });
    return { entries, scores, terms: [...seen] };
  }
}
