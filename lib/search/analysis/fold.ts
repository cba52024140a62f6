/**
 * Folds text the way Norwegians type it: case and diacritics vanish, and every spelling of
 * æ, ø and å meets ("læringsmål", "laeringsmaal", "laringsmal" all fold to "laringsmal").
 * `foldChars` keeps, for each folded character, the span of original text it came from,
 * which is what lets the UI highlight matches in the text as published.
 */

// Letters NFD cannot take apart. æ folds to "a" (not "ae") so that "ae" below meets it.
const LETTERS: Record<string, string> = { æ: 'a', ø: 'o', å: 'a', ß: 'ss', œ: 'o', ð: 'd', þ: 'th', ł: 'l' };

// What people type when the keyboard has no æ, ø or å: "aa" for å, "ae" for æ, "oe" for ø.
// Folding the digraph to one letter in text and query alike means "kompetansemaal",
// "kompetansemål" and "kompetansemal" meet. True when `c` is swallowed by the letter before it.
export function absorbs(last: string | undefined, c: string): boolean {
  if (c === 'a') return last === 'a';
  return c === 'e' && (last === 'a' || last === 'o');
}

function foldChar(c: string): string {
  const lower = c.toLowerCase();
  const mapped = LETTERS[lower];
  if (mapped !== undefined) return mapped;
  const bare = lower.normalize('NFD').replace(/\p{M}/gu, '');
  return /^[\p{L}\p{N}]+$/u.test(bare) ? bare : ' ';
}

// Folding is most of the cost of indexing a large catalogue: ASCII comes from a table and
// every other character is folded once and remembered (a catalogue uses a few hundred).
const ASCII = Array.from({ length: 128 }, (_, code) => foldChar(String.fromCharCode(code)));
// Latin, Greek, Cyrillic and the like by code (an array index is cheaper than a map lookup).
const BMP_TABLE = 0x3000;
const table: (string | undefined)[] = [];
const folds = new Map<string, string>();

/** How many UTF-16 units the character at `at` takes: 2 for a surrogate pair, else 1. */
export function charWidthAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff && at + 1 < text.length ? 2 : 1;
}

/** The folded form of the character at `at`: letters and digits, or ' ' for anything else. */
export function foldCharAt(text: string, at: number, width: number): string {
  const code = text.charCodeAt(at);
  if (code < 128) return ASCII[code] as string;
  if (code < BMP_TABLE) return (table[code] ??= foldChar(text.charAt(at)));
  const c = text.slice(at, at + width);
  let folded = folds.get(c);
  if (folded === undefined) {
    folded = foldChar(c);
    if (folds.size < 10_000) folds.set(c, folded);
  }
  return folded;
}

export interface Folded {
  text: string;
  /** For each character of `text`, where its original text starts (a UTF-16 index). */
  start: number[];
  /** For each character of `text`, where its original text ends (exclusive). */
  end: number[];
}

/** Folds character by character; anything that is not a letter or digit becomes a space. */
export function foldChars(text: string): Folded {
  const chars: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  for (let at = 0; at < text.length;) {
    // Whole code points, so an emoji is one separator, not two broken halves.
    const width = charWidthAt(text, at);
    const next = at + width;
    for (const c of foldCharAt(text, at, width)) {
      if (absorbs(chars[chars.length - 1], c)) {
        end[end.length - 1] = next;
      } else {
        chars.push(c);
        start.push(at);
        end.push(next);
      }
    }
    at = next;
  }
  return { text: chars.join(''), start, end };
}

/** Folded text with runs of separators collapsed to one space and no space at either end. */
export function foldText(text: string): string {
  return foldChars(text).text.replace(/\s+/g, ' ').trim();
}
