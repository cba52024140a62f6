/**
 * Adds up the slots of a query into one relevance per entry: the sum over slots, scaled by
 * the share of slots the entry matched, so an entry matching more of what was asked ranks
 * higher. Typing "veileder i spesialisering" letter by letter asks about the same finished
 * words on every keystroke, so each slot's scores are kept (least recently used go first,
 * bounded by how many entry scores are kept) and only the word being typed is scored afresh.
 * A slot's scores depend on nothing but the slot and the index, so a kept one is exactly
 * what scoring it again would give.
 */
import type { SearchIndex } from './inverted-index';
import type { Slot } from './query';
import { Scorer, type Matcher, type SlotScores } from './score';
import { Scores } from './scores';

export interface QueryScores {
  /** entries[i] has relevance[i] for i < size, in no particular order. Valid until the next search. */
  entries: Int32Array;
  relevance: Float64Array;
  size: number;
  /** Every indexed term that matched some part of the query, for highlighting. */
  matchedTerms: Set<number>;
}

const COVERAGE_POWER = 2;
// About 3 MB at most: dozens of ordinary slots, or a few that match most of a big catalogue.
const KEPT_SCORES = 250_000;

/** Two slots with the same key score the same: the key spells out every alternative. */
export function slotKey(slot: Slot): string {
  return slot.alternatives.map((a) => `${a.weight}:${a.terms.join(' ')}`).join('|');
}

export class QueryScorer {
  private readonly scorer: Scorer;
  private readonly total: Scores;
  private readonly entries: Int32Array;
  private readonly relevance: Float64Array;
  /** Map order is use order: the first slot is the least recently used. */
  private readonly kept = new Map<string, SlotScores>();
  /** How many entry scores the kept slots hold. */
  private keptSize = 0;

  /** `maxKept` bounds how many entry scores the kept slots hold in all. */
  constructor(
    index: SearchIndex,
    private readonly maxKept = KEPT_SCORES,
  ) {
    const n = index.entries.length;
    this.scorer = new Scorer(index);
    this.total = new Scores(n);
    this.entries = new Int32Array(n);
    this.relevance = new Float64Array(n);
  }

  private slotScores(slot: Slot, match: Matcher): SlotScores {
    const key = slotKey(slot);
    const known = this.kept.get(key);
    this.kept.delete(key);
    const scores = known ?? this.scorer.scoreSlot(slot, match);
    this.kept.set(key, scores);
    if (known) return scores;
    this.keptSize += scores.entries.length;
    for (const [oldKey, old] of this.kept) {
      if (this.keptSize <= this.maxKept || old === scores) break;
      this.kept.delete(oldKey);
      this.keptSize -= old.entries.length;
    }
    return scores;
  }

  score(slots: Slot[], match: Matcher): QueryScores {
    const matchedTerms = new Set<number>();
    this.total.clear();
    for (const slot of slots) {
      const { entries, scores, terms } = this.slotScores(slot, match);
      for (const id of terms) matchedTerms.add(id);
      for (let i = 0; i < entries.length; i++) this.total.add(entries[i] ?? 0, scores[i] ?? 0);
    }
    let size = 0;
    this.total.forEach((entry, sum, count) => {
      this.entries[size] = entry;
      this.relevance[size++] = sum * (count / slots.length) ** COVERAGE_POWER;
    });
    return { entries: this.entries, relevance: this.relevance, size, matchedTerms };
  }
}
