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

/** Optimal string alignment distance (edits plus swaps of neighbours), or max+1 if above max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (before[j - 2] ?? 0) + 1);
      }
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = prev;
    prev = row;
  }
  return Math.min(prev[b.length] ?? max + 1, max + 1);
}
