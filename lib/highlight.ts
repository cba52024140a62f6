/**
 * Ranges to mark in an entry's title or description: the words that matched the query, as
 * [start, end) indexes into the original text. Tokens keep each word's span in the text as
 * published, so folding (æ -> a, "aa" -> a) never shifts a mark.
 */
import { tokenize } from './search-tokens';

export type Range = [start: number, end: number];

/** Where the words of `query` occur in `text` (exact words after folding and stemming). */
export function highlightRanges(text: string, query: string): Range[] {
  const wanted = new Set(tokenize(query, false).map((t) => t.term));
  const ranges = tokenize(text)
    .filter((t) => wanted.has(t.term))
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
