/**
 * Ranges to mark in an entry's title or description: the words whose term matched the query, as
 * [start, end) indexes into the original text. Tokens keep each word's span in the text as
 * published, so folding (æ -> a, "aa" -> a) never shifts a mark.
 */
import type { Entry } from '../catalogue';
import { tokenize, type Token } from './analysis/tokens';

export type Range = [start: number, end: number];

export type Highlights = Record<'title' | 'description', Range[]>;

/**
 * The spans of the tokens whose term matched, with overlapping or touching spans merged (a
 * hyphenated word's parts and the whole). Tokens come in the order of their start.
 */
function rangesOf(tokens: Token[], matched: Set<string>): Range[] {
  const ranges: Range[] = [];
  for (const { term, start, end } of tokens) {
    if (!matched.has(term)) continue;
    const last = ranges.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else ranges.push([start, end]);
  }
  return ranges;
}

/**
 * Marks the matched words of an entry's title and description; `matched` holds the terms to
 * mark. An entry's words are found when it is first shown and kept: typing shows the same hits
 * key after key, and tokenizing them all up front would double the index build.
 */
export function createHighlighter(): (entry: Entry, matched: Set<string>) => Highlights {
  const words = new Map<Entry, [title: Token[], description: Token[]]>();
  return (entry, matched) => {
    let found = words.get(entry);
    if (!found) words.set(entry, (found = [tokenize(entry.title), tokenize(entry.description)]));
    return { title: rangesOf(found[0], matched), description: rangesOf(found[1], matched) };
  };
}
