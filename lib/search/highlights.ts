/**
 * Highlights for hits: the words of an entry's title and description whose indexed term
 * matched the query. Tokenizing and stemming both texts and looking every word up by string
 * cost more than the whole search once the popup showed 50 hits on each keystroke, and the
 * same entries stay on screen from one keystroke to the next. So each entry's words are kept
 * as (term id, start, end) triples for a while, and a search only checks ids.
 */
import type { Entry } from '../catalogue';
import { mergeRanges, type Range } from './ranges';
import type { SearchIndex } from './inverted-index';
import { eachToken } from './analysis/tokens';
import { stem } from './analysis/stem';

export interface Highlights {
  title: Range[];
  description: Range[];
}

/** Term id (-1 if the index does not know the word), start, end; one triple per word. */
type Words = Int32Array;

// The entries of several screens of hits; a few hundred kilobytes.
const KEPT_ENTRIES = 1000;

function wordsOf(text: string, index: SearchIndex): Words {
  const words: number[] = [];
  const toId = (word: string) => index.termIds.get(stem(word)) ?? -1;
  eachToken(text, true, toId, (id, start, end) => words.push(id, start, end));
  return Int32Array.from(words);
}

function rangesOf(words: Words, matched: Set<number>): Range[] {
  const ranges: Range[] = [];
  for (let i = 0; i < words.length; i += 3) {
    if (matched.has(words[i] ?? -1)) ranges.push([words[i + 1] ?? 0, words[i + 2] ?? 0]);
  }
  return mergeRanges(ranges);
}

export class Highlighter {
  private readonly kept = new Map<Entry, [title: Words, description: Words]>();

  constructor(
    private readonly index: SearchIndex,
    private readonly maxKept = KEPT_ENTRIES,
  ) {}

  private wordsOf(entry: Entry): [Words, Words] {
    let words = this.kept.get(entry);
    if (!words) {
      if (this.kept.size >= this.maxKept) this.kept.clear();
      words = [wordsOf(entry.title, this.index), wordsOf(entry.description, this.index)];
      this.kept.set(entry, words);
    }
    return words;
  }

  /** `matched` holds the ids of the indexed terms the query matched. */
  highlight(entry: Entry, matched: Set<number>): Highlights {
    const [title, description] = this.wordsOf(entry);
    return { title: rangesOf(title, matched), description: rangesOf(description, matched) };
  }
}
