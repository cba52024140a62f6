/**
 * Splits text into search terms, each with the span of original text it came from.
 * Separators do not matter ("I-2/2019", "i-2 2019" and "i2 2019" all give "i2" and "2019";
 * "LIS 1", "LIS-1" and "LIS1" all give "lis1"), and a hyphenated word also counts as one
 * ("ALIS-kontorene" gives "alis", "kontor" and "aliskontor"), so both spellings meet.
 */
import { foldChars } from './normalize';
import { stem } from './search-stem';
import { isStopword } from './search-stopwords';

export interface Token {
  term: string;
  /** The folded word before stemming, for joining and splitting compounds. */
  word: string;
  /** [start, end) in the original text. */
  start: number;
  end: number;
}

interface Word extends Omit<Token, 'word'> {
  /** The text between this word and the one before it, as written. */
  gap: string;
}

const HYPHENS = /^[-‐‑–]$/;
const SHORT_LETTERS = /^\p{L}{1,4}$/u;

function words(text: string): Word[] {
  const folded = foldChars(text);
  const found: Word[] = [];
  let lastEnd = 0;
  for (const m of folded.text.matchAll(/[^\s]+/g)) {
    const start = folded.start[m.index] ?? 0;
    const end = folded.end[m.index + m[0].length - 1] ?? start;
    found.push({ term: m[0], start, end, gap: text.slice(lastEnd, start) });
    lastEnd = end;
  }
  return found;
}

/** "lis" + "1" -> "lis1", "i" + "2" -> "i2"; across a space only when the word means something. */
function gluesToNumber(word: Word, next: Word | undefined): boolean {
  if (!next || !/^\d$/.test(next.term) || !SHORT_LETTERS.test(word.term)) return false;
  if (HYPHENS.test(next.gap)) return true;
  return /^\s+$/.test(next.gap) && !isStopword(stem(word.term));
}

/** Terms of a text in order; `joinHyphenated` also adds "aliskontor" for "ALIS-kontor". */
export function tokenize(text: string, joinHyphenated = true): Token[] {
  const all = words(text);
  const tokens: Token[] = [];
  for (let i = 0; i < all.length; i++) {
    const word = all[i] as Word;
    const next = all[i + 1];
    if (next && gluesToNumber(word, next)) {
      const glued = word.term + next.term;
      tokens.push({ term: glued, word: glued, start: word.start, end: next.end });
      i++;
      continue;
    }
    tokens.push({ term: stem(word.term), word: word.term, start: word.start, end: word.end });
    const joined = word.term + (next?.term ?? '');
    if (joinHyphenated && next && HYPHENS.test(next.gap) && /^\p{L}+$/u.test(joined)) {
      tokens.push({ term: stem(joined), word: joined, start: word.start, end: next.end });
    }
  }
  return tokens;
}
