/**
 * Splits text into search terms, each with the span of original text it came from.
 * Separators do not matter ("I-2/2019", "i-2 2019" and "i2 2019" all give "i2" and "2019";
 * "LIS 1", "LIS-1" and "LIS1" all give "lis1"), and a hyphenated word also counts as one
 * ("ALIS-kontorene" gives "alis", "kontor" and "aliskontor"), so both spellings meet.
 */
import { stem } from './stem';
import { isStopTerm } from './stopwords';
import { eachWord, Gap } from './words';

export interface Token {
  term: string;
  /** The folded word before stemming, for joining and splitting compounds. */
  word: string;
  /** [start, end) in the original text. */
  start: number;
  end: number;
}

export type OnToken<T> = (term: T, start: number, end: number, word: string) => void;

const SHORT_LETTERS = /^\p{L}{1,4}$/u;
const LETTERS = /^\p{L}+$/u;

/** "lis" + "1" -> "lis1", "i" + "2" -> "i2"; across a space only when the word means something. */
function gluesToNumber(word: string, next: string, gap: Gap): boolean {
  if (next.length !== 1 || next < '0' || next > '9' || !SHORT_LETTERS.test(word)) return false;
  return gap === Gap.Hyphen || (gap === Gap.Space && !isStopTerm(stem(word)));
}

/**
 * Hands each term of a text to `onToken`, in order; `joinHyphenated` also gives "aliskontor"
 * for "ALIS-kontor". A word is held back one step, in case the next one glues to it.
 * `toTerm` turns a folded word into its term; the index passes a memo of stem + term id.
 */
export function eachToken<T>(
  text: string,
  joinHyphenated: boolean,
  toTerm: (word: string) => T,
  onToken: OnToken<T>,
): void {
  let held = '';
  let heldStart = 0;
  let heldEnd = 0;
  eachWord(text, (word, start, end, gap) => {
    if (held !== '' && gluesToNumber(held, word, gap)) {
      onToken(toTerm(held + word), heldStart, end, held + word);
      held = '';
      return;
    }
    if (held !== '') {
      onToken(toTerm(held), heldStart, heldEnd, held);
      const joined = held + word;
      if (joinHyphenated && gap === Gap.Hyphen && LETTERS.test(joined))
        onToken(toTerm(joined), heldStart, end, joined);
    }
    held = word;
    heldStart = start;
    heldEnd = end;
  });
  if (held !== '') onToken(toTerm(held), heldStart, heldEnd, held);
}

/** The terms of a text as a list. */
export function tokenize(text: string, joinHyphenated = true): Token[] {
  const tokens: Token[] = [];
  eachToken(text, joinHyphenated, stem, (term, start, end, word) => tokens.push({ term, word, start, end }));
  return tokens;
}
