/**
 * Splits text into search terms, each with the span of original text it came from, so a
 * highlight marks the text as published whatever folding did to it. Separators do not matter
 * ("I-2/2019", "i-2 2019" and "i2 2019" all give "i2" and "2019"; "LIS 1", "LIS-1" and "LIS1"
 * all give "lis1"), and a hyphenated word also counts as one ("ALIS-kontorene" gives "alis",
 * "kontor" and "aliskontor"), so both spellings meet.
 */
import { foldWord, SEPARATOR } from './fold';
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
function gluesToNumber(word: string, next: string, between: string): boolean {
  if (next.length !== 1 || next < '0' || next > '9' || !SHORT_LETTERS.test(word)) return false;
  return HYPHEN.test(between) || (/^\s+$/.test(between) && !isStopTerm(stem(word)));
}

/**
 * The terms of a text, in order; `joinHyphenated` also gives "aliskontor" for "ALIS-kontor".
 * A word is held back one step, in case the next one glues to it. `toTerm` turns a folded word
 * into its term; the index passes a memo of the stemmer.
 */
export function tokenize(text: string, joinHyphenated = true, toTerm = stem): Token[] {
  const tokens: Token[] = [];
  const add = (word: string, start: number, end: number) =>
    tokens.push({ term: toTerm(word), word, start, end });
  let [held, heldStart, heldEnd] = ['', 0, 0];
  let end = 0;
  // Words and what separates them, alternately: "«Søknad» om" gives ['', '«', 'Søknad', '» ', 'om'].
  text.split(SEPARATOR).forEach((part, at) => {
    const start = end;
    end += part.length;
    const word = at % 2 === 0 ? foldWord(part) : '';
    if (word === '') return;
    const between = held === '' ? '' : text.slice(heldEnd, start);
    if (held !== '' && gluesToNumber(held, word, between)) {
      add(held + word, heldStart, end);
      held = '';
      return;
    }
    if (held !== '') add(held, heldStart, heldEnd);
    if (joinHyphenated && HYPHEN.test(between) && LETTERS.test(held + word)) add(held + word, heldStart, end);
    [held, heldStart, heldEnd] = [word, start, end];
  });
  if (held !== '') add(held, heldStart, heldEnd);
  return tokens;
}
