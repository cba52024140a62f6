/**
 * Terms grouped by their first and by their last letters. A prefix ("veil"), a compound tail
 * ("kontor" in "aliskontor") or a long word with two typos only needs to be compared with
 * the terms of one bucket, not with the whole vocabulary. Cheaper to build than sorted
 * lists, which matters for a catalogue with a hundred thousand distinct terms.
 */
const HEAD = 3;
const TAIL = 3;

function push(map: Map<string, number[]>, key: string, id: number): void {
  const ids = map.get(key);
  if (ids) ids.push(id);
  else map.set(key, [id]);
}

export class TermBuckets {
  private readonly heads = new Map<string, number[]>();
  /** Two-letter heads, so a two-letter prefix ("ve") still finds its terms. */
  private readonly shortHeads = new Map<string, number[]>();
  private readonly tails = new Map<string, number[]>();

  add(term: string, id: number): void {
    push(this.shortHeads, term.slice(0, 2), id);
    if (term.length >= HEAD) push(this.heads, term.slice(0, HEAD), id);
    if (term.length >= TAIL) push(this.tails, term.slice(-TAIL), id);
  }

  /** Ids of terms beginning with the first letters of `term` (a superset of its prefix matches). */
  startingLike(term: string): readonly number[] {
    if (term.length < HEAD) return this.shortHeads.get(term.slice(0, 2)) ?? [];
    return this.heads.get(term.slice(0, HEAD)) ?? [];
  }

  /** Ids of terms ending with the last letters of `term` (a superset of its tail matches). */
  endingLike(term: string): readonly number[] {
    return term.length < TAIL ? [] : (this.tails.get(term.slice(-TAIL)) ?? []);
  }
}
