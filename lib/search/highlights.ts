/**
 * Ranges to mark in an entry's title or description: the words whose indexed term matched the
 * query, as [start, end) indexes into the original text. The index keeps each word's span in
 * the text as published, so folding (æ -> a, "aa" -> a) never shifts a mark.
 */
import type { SearchIndex } from './inverted-index';

export type Range = [start: number, end: number];

export interface Highlights {
  title: Range[];
  description: Range[];
}

/** Sorted, with overlapping or touching ranges merged into one. */
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

/** The words of index.places from `from` to `to` whose term `matched` holds. */
function rangesOf(index: SearchIndex, from: number, to: number, matched: Set<string>): Range[] {
  const ranges: Range[] = [];
  for (let i = from; i < to; i += 3) {
    const term = index.terms[index.places[i] ?? -1];
    if (term !== undefined && matched.has(term))
      ranges.push([index.places[i + 1] ?? 0, index.places[i + 2] ?? 0]);
  }
  return mergeRanges(ranges);
}

/** The matched words of entry `at`'s title and description; `matched` holds the terms to mark. */
export function highlightsOf(index: SearchIndex, at: number, matched: Set<string>): Highlights {
  const [titleFrom = 0, titleTo = 0, descriptionFrom = 0, descriptionTo = 0] = index.placeBounds.subarray(
    4 * at,
    4 * at + 4,
  );
  return {
    title: rangesOf(index, titleFrom, titleTo, matched),
    description: rangesOf(index, descriptionFrom, descriptionTo, matched),
  };
}
