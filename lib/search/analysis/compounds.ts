/**
 * Norwegian writes compounds as one word, and people split and join them at will: "veileder
 * kurs" for "veilederkurs", "felleskompetansemål" for "felles kompetansemål", or a compound
 * nobody indexed ("rettleiarkurs", "lovtekst"). These helpers find the other spelling: the
 * joined word when the index knows it, or the parts of a compound it does not know.
 */
import { stem } from './stem';

export type Knows = (term: string) => boolean;

/** One part of a split compound: its term, its folded word (for joining it again), and whether it is known. */
export interface Part {
  term: string;
  word: string;
  known: boolean;
}

const MIN_PART = 3;
const MIN_SPLIT = 7;
const LETTERS = /^\p{L}+$/u;
// An unknown part has to look like a word of its own ("tekst" in "lovtekst"), not like a stray
// piece of one: four letters or more, with a vowel. Folded text has no æ, ø or å left.
const WORD_LIKE = /^(?=.*[aeiouy])\p{L}{4,}$/u;

/**
 * "veileder" + "kurs" -> the term of "veilederkurs", or with a linking s ("veiledning" +
 * "samtal" -> "veiledningssamtal"), if the index knows it; null otherwise. The first part comes
 * as written, the second as its term: the stem of "veileder" + "kurset" is "veilederkurs", of
 * "veilederkurs" "veilederkur", while "veileder" + "kurs" gives the latter, as the index has it.
 */
export function joinedTerm(first: string, second: string, knows: Knows): string | null {
  if (!LETTERS.test(first + second)) return null;
  for (const joined of [first + second, `${first}s${second}`]) {
    const term = stem(joined);
    if (knows(term)) return term;
  }
  return null;
}

/** A compound's first part as it is known: itself, its stem, or without the linking s ("utdannings"). */
function knownHead(head: string, knows: Knows): Part | null {
  for (const term of [head, stem(head)]) if (knows(term)) return { term, word: head, known: true };
  if (head.endsWith('s') && head.length > MIN_PART) {
    const word = head.slice(0, -1);
    const term = stem(word);
    if (knows(term)) return { term, word, known: true };
  }
  return null;
}

/**
 * A compound the index does not know, split in two. Both parts known is best, the most even
 * split first ("rettleiar" + "kurs"); failing that, one known part beside a word-like unknown
 * one ("lov" + "tekst"), the longest known part first. Null when neither is found.
 */
export function splitCompound(word: string, knows: Knows): [Part, Part] | null {
  if (word.length < MIN_SPLIT || !LETTERS.test(word)) return null;
  let best: [Part, Part] | null = null;
  let bestRank = 0;
  for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut++) {
    const headWord = word.slice(0, cut);
    const tailWord = word.slice(cut);
    const tailTerm = stem(tailWord);
    const head = knownHead(headWord, knows) ?? { term: stem(headWord), word: headWord, known: false };
    const tail = { term: tailTerm, word: tailWord, known: knows(tailTerm) };
    let rank = 0;
    if (head.known && tail.known) rank = 1000 + Math.min(cut, word.length - cut);
    else if (head.known && WORD_LIKE.test(tailWord)) rank = cut;
    else if (tail.known && WORD_LIKE.test(headWord)) rank = word.length - cut;
    if (rank > bestRank) {
      best = [head, tail];
      bestRank = rank;
    }
  }
  return best;
}
