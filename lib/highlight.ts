/**
 * Finds where the words of a query occur in a text, as [start, end) ranges of the
 * original text, so the UI can mark them without re-implementing the folding.
 */
import { foldChars, foldText } from './normalize';

export type Range = [start: number, end: number];

const MIN_TERM = 2;

export function highlightRanges(text: string, query: string): Range[] {
  const terms = [...new Set(foldText(query).split(' '))].filter((t) => t.length >= MIN_TERM);
  if (terms.length === 0) return [];
  const folded = foldChars(text);
  const ranges: Range[] = [];
  for (const term of terms.slice(0, 16)) {
    let at = folded.text.indexOf(term);
    while (at !== -1) {
      const start = folded.origin[at] ?? 0;
      const end = (folded.origin[at + term.length - 1] ?? start) + 1;
      ranges.push([start, end]);
      at = folded.text.indexOf(term, at + term.length);
    }
  }
  return mergeRanges(ranges);
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = ranges.sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}
