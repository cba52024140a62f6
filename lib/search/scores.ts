/**
 * A score (and a count) per entry in dense arrays, with the list of entries touched so
 * clearing and walking cost what was used, not the catalogue's size.
 */
export class Scores {
  private readonly values: Float64Array;
  private readonly counts: Uint16Array;
  private readonly touched: Int32Array;
  private used = 0;

  /** How many entries have a value. */
  get size(): number {
    return this.used;
  }

  constructor(entries: number) {
    this.values = new Float64Array(entries);
    this.counts = new Uint16Array(entries);
    this.touched = new Int32Array(entries);
  }

  /** Entries are listed when first written; every write leaves a count of at least 1. */
  private touch(entry: number): void {
    if (this.counts[entry] === 0) this.touched[this.used++] = entry;
  }

  get(entry: number): number {
    return this.values[entry] ?? 0;
  }

  set(entry: number, value: number): void {
    this.touch(entry);
    this.values[entry] = value;
    this.counts[entry] = Math.max(this.counts[entry] ?? 0, 1);
  }

  max(entry: number, value: number): void {
    if (this.counts[entry] === 0) this.set(entry, value);
    else if (value > (this.values[entry] ?? 0)) this.values[entry] = value;
  }

  /** Adds to the entry's value and counts one more contribution. */
  add(entry: number, value: number): void {
    this.touch(entry);
    this.values[entry] = (this.values[entry] ?? 0) + value;
    this.counts[entry] = (this.counts[entry] ?? 0) + 1;
  }

  sum(): number {
    let total = 0;
    for (let i = 0; i < this.used; i++) total += this.values[this.touched[i] ?? 0] ?? 0;
    return total;
  }

  scale(factor: number): void {
    this.mapValues((value) => value * factor);
  }

  mapValues(f: (value: number, count: number) => number): void {
    for (let i = 0; i < this.used; i++) {
      const entry = this.touched[i] ?? 0;
      this.values[entry] = f(this.values[entry] ?? 0, this.counts[entry] ?? 0);
    }
  }

  forEach(f: (entry: number, value: number, count: number) => void): void {
    for (let i = 0; i < this.used; i++) {
      const entry = this.touched[i] ?? 0;
      f(entry, this.values[entry] ?? 0, this.counts[entry] ?? 0);
    }
  }

  clear(): void {
    for (let i = 0; i < this.used; i++) {
      const entry = this.touched[i] ?? 0;
      this.values[entry] = 0;
      this.counts[entry] = 0;
    }
    this.used = 0;
  }
}
