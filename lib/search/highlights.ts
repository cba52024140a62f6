/**
 * Ranges to mark in an entry's title or description: the words whose indexed term matched the
 * query, as [start, end) indexes into the original text. The index keeps each word's span in
 * the text as published, so folding (æ -> a, "aa" -> a) never shifts a mark.
 */
import type { Placed, PlacedTerms } from './inverted-index';

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

function rangesOf(words: PlacedTerms, terms: string[], matched: Set<string>): Range[] {
  const ranges: Range[] = [];
  for (let i = 0; i < words.length; i += 3) {
    if (matched.has(terms[words[i] ?? -1] ?? '')) ranges.push([words[i + 1] ?? 0, words[i + 2] ?? 0]);
  }
  return mergeRanges(ranges);
}

/** `terms` spells the term ids of `placed` (SearchIndex.terms); `matched` holds the terms to mark. */
export function highlightsOf(placed: Placed, terms: string[], matched: Set<string>): Highlights {
  return {
    title: rangesOf(placed.title, terms, matched),
    description: rangesOf(placed.description, terms, matched),
  };
}
