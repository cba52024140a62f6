/**
 * Postings (which entries contain a term, and how much the fields it is in weigh) gathered
 * as flat rows while indexing, then sorted by term into three typed arrays. A hundred
 * thousand small growing arrays, one per term, cost more in allocation and garbage
 * collection than all the rest of indexing.
 */

/** Postings of term `t`: entries[offsets[t] .. offsets[t + 1]) with the same range of weights. */
export interface Postings {
  offsets: Int32Array;
  entries: Int32Array;
  weights: Float32Array;
}

export class PostingsBuilder {
  private terms = new Int32Array(1024);
  private entries = new Int32Array(1024);
  private weights = new Float32Array(1024);
  private rows = 0;
  /** Per term: the row of its latest entry, and the fields already counted there (bits). */
  private readonly lastRow: number[] = [];
  private readonly fieldsSeen: number[] = [];

  /** Counts `weight` once per field for `term` in `entry`; entries arrive in order. */
  add(term: number, entry: number, field: number, weight: number): void {
    const row = this.lastRow[term];
    const bit = 1 << field;
    if (row !== undefined && this.entries[row] === entry) {
      if (((this.fieldsSeen[term] ?? 0) & bit) === 0) {
        this.weights[row] = (this.weights[row] ?? 0) + weight;
        this.fieldsSeen[term] = (this.fieldsSeen[term] ?? 0) | bit;
      }
      return;
    }
    if (this.rows === this.terms.length) this.grow();
    this.terms[this.rows] = term;
    this.entries[this.rows] = entry;
    this.weights[this.rows] = weight;
    this.lastRow[term] = this.rows++;
    this.fieldsSeen[term] = bit;
  }

  private grow(): void {
    const size = this.terms.length * 2;
    const terms = new Int32Array(size);
    const entries = new Int32Array(size);
    const weights = new Float32Array(size);
    terms.set(this.terms);
    entries.set(this.entries);
    weights.set(this.weights);
    [this.terms, this.entries, this.weights] = [terms, entries, weights];
  }

  /** A counting sort by term: entries stay in catalogue order within each term. */
  build(termCount: number): Postings {
    const offsets = new Int32Array(termCount + 1);
    for (let r = 0; r < this.rows; r++) {
      const slot = (this.terms[r] ?? 0) + 1;
      offsets[slot] = (offsets[slot] ?? 0) + 1;
    }
    for (let t = 0; t < termCount; t++) offsets[t + 1] = (offsets[t + 1] ?? 0) + (offsets[t] ?? 0);
    const next = offsets.slice(0, termCount);
    const entries = new Int32Array(this.rows);
    const weights = new Float32Array(this.rows);
    for (let r = 0; r < this.rows; r++) {
      const term = this.terms[r] ?? 0;
      const at = next[term] ?? 0;
      next[term] = at + 1;
      entries[at] = this.entries[r] ?? 0;
      weights[at] = this.weights[r] ?? 0;
    }
    return { offsets, entries, weights };
  }
}
