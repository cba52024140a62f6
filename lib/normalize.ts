/**
 * Folds text the way Norwegians type it: case and diacritics vanish, and every spelling of
 * æ, ø and å meets ("læringsmål", "laeringsmaal", "laringsmal" all fold to "laringsmal").
 * `foldChars` keeps, for each folded character, the span of original text it came from,
 * which is what lets the UI highlight matches in the text as published.
 */

// Letters NFD cannot take apart. æ folds to "a" (not "ae") so that "ae" below meets it.
const LETTERS: Record<string, string> = { æ: 'a', ø: 'o', å: 'a', ß: 'ss', œ: 'o', ð: 'd', þ: 'th', ł: 'l' };

// What people type when the keyboard has no æ, ø or å. Folding the digraph to one letter in
// text and query alike means "kompetansemaal", "kompetansemål" and "kompetansemal" meet.
const DIGRAPHS: Record<string, string> = { aa: 'a', ae: 'a', oe: 'o' };

function foldChar(c: string): string {
  const lower = c.toLowerCase();
  const mapped = LETTERS[lower];
  if (mapped !== undefined) return mapped;
  const bare = lower.normalize('NFD').replace(/\p{M}/gu, '');
  return /^[\p{L}\p{N}]+$/u.test(bare) ? bare : ' ';
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
  let at = 0;
  // for..of walks code points, so an emoji is one separator, not two broken halves.
  for (const original of text) {
    const next = at + original.length;
    for (const c of foldChar(original)) {
      const last = chars.length - 1;
      const merged = last >= 0 ? DIGRAPHS[(chars[last] ?? '') + c] : undefined;
      if (merged !== undefined) {
        chars[last] = merged;
        end[last] = next;
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
