/**
 * Typo tolerance without scanning the vocabulary: symmetric-delete lookup. Every term is
 * stored under each of its one-letter deletions; a query term's deletions then find every
 * term within one edit (or a swap of two letters) in a handful of map lookups, however large
 * the catalogue. Candidates are confirmed with a real edit distance.
 */

/** Terms shorter than this get no typo tolerance: in "ks" or "lis" one letter is a third. */
export const MIN_FUZZY = 4;
/** From this length a term may carry two typos. */
export const MIN_FUZZY_TWO = 8;

function deletions(term: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < term.length; i++) out.push(term.slice(0, i) + term.slice(i + 1));
  return out;
}

// Longer terms (pasted junk, long URLs) get no typo lookups: their deletions cost length squared.
const MAX_FUZZY = 32;

const isWord = (term: string) =>
  term.length >= MIN_FUZZY && term.length <= MAX_FUZZY && /^\p{L}+$/u.test(term);

export function addDeletions(map: Map<string, number[]>, term: string, id: number): void {
  if (!isWord(term)) return;
  for (const key of new Set(deletions(term))) {
    const ids = map.get(key);
    if (ids) ids.push(id);
    else map.set(key, [id]);
  }
}

/** Keys to look up for `term`: itself and its deletions (and their deletions for long terms). */
export function lookupKeys(term: string): string[] {
  if (!isWord(term)) return [];
  const one = deletions(term);
  const two = term.length >= MIN_FUZZY_TWO ? one.flatMap(deletions) : [];
  return [...new Set([term, ...one, ...two])];
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
