/**
 * Folds text the way Norwegians type it: case and diacritics vanish, æ becomes ae,
 * ø becomes o and å becomes a, so "laeringsmal" meets "læringsmål".
 * `foldChars` folds one character at a time and keeps a map back to the original,
 * which is what lets the UI highlight matches in the text as published.
 */
const LETTERS: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', ß: 'ss' };

function foldChar(c: string): string {
  const lower = c.toLowerCase();
  const mapped = LETTERS[lower];
  if (mapped !== undefined) return mapped;
  const bare = lower.normalize('NFD').replace(/\p{M}/gu, '');
  return /^[\p{L}\p{N}]+$/u.test(bare) ? bare : ' ';
}

export interface Folded {
  text: string;
  /** For each character of `text`, the index of the original character it came from. */
  origin: number[];
}

export function foldChars(text: string): Folded {
  let out = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const folded = foldChar(text.charAt(i));
    out += folded;
    for (let k = 0; k < folded.length; k++) origin.push(i);
  }
  return { text: out, origin };
}

/** Folded text with runs of separators collapsed; "aa" and "oe" as typed for å and ø also meet. */
export function foldText(text: string): string {
  return foldChars(text).text.replace(/aa/g, 'a').replace(/oe/g, 'o').replace(/\s+/g, ' ').trim();
}
