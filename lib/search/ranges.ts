/**
 * Ranges to mark in an entry's title or description: the words that matched the query, as
 * [start, end) indexes into the original text. Tokens keep each word's span in the text as
 * published, so folding (æ -> a, "aa" -> a) never shifts a mark.
 */
import { tokenize } from './analysis/tokens';

export type Range = [start: number, end: number];

/** The words of `text` whose term (folded and stemmed) `matched` accepts, sorted and merged. */
export function highlightRanges(text: string, matched: (term: string) => boolean): Range[] {
  const ranges = tokenize(text)
    .filter((t) => matched(t.term))
    .map((t): Range => [t.start, t.end]);
  return mergeRanges(ranges);
}

export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}
