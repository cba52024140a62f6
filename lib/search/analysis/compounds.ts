/**
 * Norwegian writes compounds as one word, and people split and join them at will:
 * "veileder kurs" for "veilederkurs", "felleskompetansemål" for "felles kompetansemål".
 * These helpers try the other spelling when the index knows it.
 */
import { stem } from './stem';

export type Knows = (term: string) => boolean;

const MIN_PART = 3;
const MIN_SPLIT = 7;

/** "veileder" + "kurs" -> the term of "veilederkurs", if the index knows it. */
export function joinedTerm(first: string, second: string, knows: Knows): string | null {
  if (!/^\p{L}+$/u.test(first + second)) return null;
  const term = stem(first + second);
  return knows(term) ? term : null;
}

/** A compound's first part, also without the linking s ("utdannings" -> "utdanning"). */
function knownHead(head: string, knows: Knows): string | null {
  for (const form of [head, stem(head)]) if (knows(form)) return form;
  if (head.endsWith('s') && head.length > MIN_PART) {
    const bare = stem(head.slice(0, -1));
    if (knows(bare)) return bare;
  }
  return null;
}

/** An unknown compound split into two known terms, the most even split first; null if none. */
export function splitTerm(word: string, knows: Knows): [string, string] | null {
  if (word.length < MIN_SPLIT || !/^\p{L}+$/u.test(word) || knows(stem(word))) return null;
  let best: [string, string] | null = null;
  let bestShorter = 0;
  for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut++) {
    const shorter = Math.min(cut, word.length - cut);
    if (shorter <= bestShorter) continue;
    const tail = stem(word.slice(cut));
    const head = knows(tail) ? knownHead(word.slice(0, cut), knows) : null;
    if (head !== null) {
      best = [head, tail];
      bestShorter = shorter;
    }
  }
  return best;
}
