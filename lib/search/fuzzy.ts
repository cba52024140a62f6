/**
 * Typo tolerance without an index of its own. One typo: every string one edit (or one swap
 * of neighbours) away from the query term is looked up directly, a few hundred map lookups
 * however large the catalogue. Two typos, for long terms: terms sharing the first or last
 * three letters are compared with a bounded edit distance.
 */

/** Terms shorter than this get no typo tolerance: in "ks" or "lis" one letter is a third. */
export const MIN_FUZZY = 4;
/** From this length a term may carry two typos. */
export const MIN_FUZZY_TWO = 8;
// Longer terms are pasted junk; their edits cost length times alphabet.
const MAX_FUZZY = 32;
// Folded text has no æ, ø or å left, so typos are among these letters.
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

export const isFuzzyWord = (term: string) =>
  term.length >= MIN_FUZZY && term.length <= MAX_FUZZY && /^[a-z]+$/.test(term);

/** Every string one deletion, swap, replacement or insertion away from `term`. */
export function edits1(term: string): string[] {
  const out: string[] = [];
  for (let i = 0; i <= term.length; i++) {
    const head = term.slice(0, i);
    const tail = term.slice(i);
    if (tail.length > 0) out.push(head + tail.slice(1));
    if (tail.length > 1) out.push(head + tail.charAt(1) + tail.charAt(0) + tail.slice(2));
    for (const c of ALPHABET) {
      if (tail.length > 0 && c !== tail.charAt(0)) out.push(head + c + tail.slice(1));
      out.push(head + c + tail);
    }
  }
  return out;
}

// Rows of the distance table, reused: the two-typo scan compares a term with up to 1,500
// others per keystroke, and fresh arrays for each comparison were most of its cost.
let rows = [new Int32Array(0), new Int32Array(0), new Int32Array(0)];

/** Optimal string alignment distance (edits plus swaps of neighbours), or max+1 if above max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if ((rows[0]?.length ?? 0) <= b.length) rows = rows.map(() => new Int32Array(b.length + 1));
  let [before, prev, row] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        d = Math.min(d, (before[j - 2] ?? 0) + 1);
      }
      row[j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    [before, prev, row] = [prev, row, before];
  }
  return Math.min(prev[b.length] ?? max + 1, max + 1);
}

/**
 * A cheap lower bound on the edit distance from `term`, twice over: how many letters the two
 * words do not share, counted with letters folded into 32 buckets (folding only lowers the
 * count). A replacement changes it by at most 2, an insertion or deletion by 1, a swap not at
 * all, so a word it puts above 2 * max is further than max edits away without comparing.
 */
export function lettersApart(term: string): (other: string) => number {
  // Letters of `term` not yet matched, per bucket; each comparison puts back what it took.
  const left = new Int32Array(32);
  const count = (word: string, by: number) => {
    for (let i = 0; i < word.length; i++) {
      const k = word.charCodeAt(i) & 31;
      left[k] = (left[k] ?? 0) + by;
    }
  };
  count(term, 1);
  return (other) => {
    let apart = term.length;
    for (let i = 0; i < other.length; i++) {
      const k = other.charCodeAt(i) & 31;
      const n = left[k] ?? 0;
      apart += n > 0 ? -1 : 1;
      left[k] = n - 1;
    }
    count(other, 1);
    return apart;
  };
}
