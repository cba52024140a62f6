/**
 * Folds text the way Norwegians type it: case and diacritics vanish, and every spelling of
 * æ, ø and å meets ("læringsmål", "laeringsmaal", "laringsmal" all fold to "laringsmal").
 */

/** A word: letters, digits and their combining marks; anything else separates words. */
export const WORD = /[\p{L}\p{N}\p{M}]+/gu;

// Letters NFD cannot take apart. æ folds to "a" (not "ae") so that "ae" below meets it.
const LETTERS: Record<string, string> = { æ: 'a', ø: 'o', å: 'a', ß: 'ss', œ: 'o', ð: 'd', þ: 'th', ł: 'l' };

/** One word folded; '' when nothing of it is left (a lone combining mark). */
export function foldWord(word: string): string {
  return (
    word
      .toLowerCase()
      .replace(/[æøåßœðþł]/g, (c) => LETTERS[c] ?? c)
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      // What people type when the keyboard has no æ, ø or å: "aa" for å, "ae" for æ, "oe" for ø.
      // Folding the digraph to one letter in text and query alike makes "kompetansemaal",
      // "kompetansemål" and "kompetansemal" meet.
      .replace(/a[ae]+|oe+/g, (m) => m.charAt(0))
  );
}

/** The folded words of a text, separated by single spaces. */
export function foldText(text: string): string {
  return (text.match(WORD) ?? []).map(foldWord).filter(Boolean).join(' ');
}
