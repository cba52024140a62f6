/**
 * Splits text into search terms, each with the span of original text it came from, so a
 * highlight marks the text as published whatever folding did to it. Separators do not matter
 * ("I-2/2019", "i-2 2019" and "i2 2019" all give "i2" and "2019"; "LIS 1", "LIS-1" and "LIS1"
 * all give "lis1"), and a hyphenated word also counts as one ("ALIS-kontorene" gives "alis",
 * "kontor" and "aliskontor"), so both spellings meet.
 */
import { foldWord, WORD } from './fold';
import { stem } from './stem';
import { isStopTerm } from './stopwords';

export interface Token {
  term: string;
  /** The folded word before stemming, for joining and splitting compounds. */
  word: string;
  /** [start, end) in the original text. */
  start: number;
  end: number;
}

const HYPHEN = /^[-\u2010-\u2013]$/;
const SHORT_LETTERS = /^\p{L}{1,4}$/u;
const LETTERS = /^\p{L}+$/u;

/** "lis" + "1" -> "lis1", "i" + "2" -> "i2"; across a space only when the word means something. */
function gluesToNumber({ word, term }: Token, next: string, between: string): boolean {
  if (next.length !== 1 || next < '0' || next > '9' || !SHORT_LETTERS.test(word)) return false;
  return HYPHEN.test(between) || (/^\s+$/.test(between) && !isStopTerm(term));
}

// Words repeat across a catalogue and from key to key: each is folded and stemmed once (up to
// a bound, so a pasted page cannot grow the memo without end).
const analysed = new Map<string, [word: string, term: string]>();
const MEMO_SIZE = 50_000;

/** A word as written -> its folded word and its term. */
function analyse(part: string): [word: string, term: string] {
  let found = analysed.get(part);
  if (found === undefined) {
    const word = foldWord(part);
    found = [word, stem(word)];
    if (analysed.size < MEMO_SIZE) analysed.set(part, found);
  }
  return found;
}

/**
 * The terms of a text, in order; `joinHyphenated` also gives "aliskontor" for "ALIS-kontor".
 * A word is held back one step, in case the next one glues to it.
 */
export function tokenize(text: string, joinHyphenated = true): Token[] {
  const tokens: Token[] = [];
  let held: Token | null = null;
  const withHeld = ({ word: first, start }: Token, word: string, end: number) =>
    tokens.push({ term: stem(first + word), word: first + word, start, end });
  for (const { 0: part, index: start } of text.matchAll(WORD)) {
    const [word, term] = analyse(part);
    if (word === '') continue;
    const end = start + part.length;
    const between = held === null ? '' : text.slice(held.end, start);
    if (held !== null && gluesToNumber(held, word, between)) {
      withHeld(held, word, end);
      held = null;
      continue;
    }
    if (held !== null) tokens.push(held);
    if (joinHyphenated && held !== null && HYPHEN.test(between) && LETTERS.test(held.word + word))
      withHeld(held, word, end);
    held = { term, word, start, end };
  }
  if (held !== null) tokens.push(held);
  return tokens;
}
