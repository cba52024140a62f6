/**
 * The folded words of a text with their spans in the original, in one pass. Indexing a large
 * catalogue runs this over every character, so ASCII is scanned in runs and words are handed
 * to a callback instead of collected in arrays.
 */
import { charWidthAt, foldCharAt } from './fold';

/** What separates a word from the one before it. */
export const Gap = { Other: 0, Hyphen: 1, Space: 2 } as const;
export type Gap = (typeof Gap)[keyof typeof Gap];

export type OnWord = (word: string, start: number, end: number, gap: Gap) => void;

const isAsciiWordChar = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);

const isHyphen = (code: number) => code === 0x2d || (code >= 0x2010 && code <= 0x2013);
const isSpace = (code: number) => code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0;

/** Same result as folding character by character (see `absorbs` in normalize.ts), on a whole word. */
function foldDigraphs(word: string): string {
  for (let i = 1; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const before = word.charCodeAt(i - 1);
    // a after a, e after a or o: a plain loop, as this runs for every word of the catalogue.
    if ((code === 97 && before === 97) || (code === 101 && (before === 97 || before === 111))) {
      return word.replace(/a[ae]+|oe+/g, (m) => m.charAt(0));
    }
  }
  return word;
}

function gapBetween(text: string, from: number, to: number): Gap {
  if (to - from === 1 && isHyphen(text.charCodeAt(from))) return Gap.Hyphen;
  for (let at = from; at < to; at++) if (!isSpace(text.charCodeAt(at))) return Gap.Other;
  return Gap.Space;
}

export function eachWord(text: string, onWord: OnWord): void {
  let word = '';
  let start = 0;
  let end = 0;
  let lastEnd = 0;
  const flush = () => {
    if (word === '') return;
    // toLowerCase also gives a flat copy of a word sliced out of the text, which the index's
    // map hashes several times faster than the slice itself.
    onWord(foldDigraphs(word.toLowerCase()), start, end, gapBetween(text, lastEnd, start));
    lastEnd = end;
    word = '';
  };
  for (let at = 0; at < text.length;) {
    if (word === '') start = at;
    if (isAsciiWordChar(text.charCodeAt(at))) {
      let next = at + 1;
      while (next < text.length && isAsciiWordChar(text.charCodeAt(next))) next++;
      word += text.slice(at, next);
      end = at = next;
      continue;
    }
    const width = charWidthAt(text, at);
    const folded = foldCharAt(text, at, width);
    if (folded === ' ') flush();
    else {
      word += folded;
      end = at + width;
    }
    at += width;
  }
  flush();
}
