/**
 * Folds text the way Norwegians type it: case and diacritics vanish, and every spelling of
 * æ, ø and å meets ("læringsmål", "laeringsmaal", "laringsmal" all fold to "laringsmal").
 */

/**
 * What separates words: anything but letters, digits and their combining marks. Captured, so
 * that splitting a text gives its words and separators alternately, and so each word's place.
 */
export const SEPARATOR = /([^\p{L}\p{N}\p{M}]+)/u;

// Letters NFD cannot take apart. æ folds to "a" (not "ae") so that "ae" below meets it.
const LETTERS: Record<string, string> = { æ: 'a', ø: 'o', å: 'a', ß: 'ss', œ: 'o', ð: 'd', þ: 'th', ł: 'l' };

// Words repeat across a catalogue and from key to key: each is folded once (up to a bound,
// so a pasted page cannot grow the memo without end). Folding is most of indexing's cost.
const folded = new Map<string, string>();
const MEMO_SIZE = 50_000;

/** One word folded; '' when nothing of it is left (a lone combining mark). */
export function foldWord(word: string): string {
  let result = folded.get(word);
  if (result === undefined) {
    result = fold(word);
    if (folded.size < MEMO_SIZE) folded.set(word, result);
  }
  return result;
}

function fold(word: string): string {
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
  const words = text.split(SEPARATOR).filter((_, at) => at % 2 === 0);
  return words.map(foldWord).filter(Boolean).join(' ');
}
