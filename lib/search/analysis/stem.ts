/**
 * A light stemmer for folded Norwegian (bokmål and nynorsk) and English words. It only has to
 * make inflected forms meet their base form ("forskrifta", "forskriften" -> "forskrift";
 * "utdanningsplanar", "utdanningsplaner" -> "utdanningsplan"); text and query go through it
 * alike, so an odd stem is harmless as long as it is the same on both sides.
 */

// Longest first: the first suffix that leaves a long enough stem wins. Definite and plural
// endings of both written standards, the genitive -s, and English plural/verb endings.
const ENDINGS = [
  'hetene heten heter hetar ingane ingene ingar inger ingen inga ende ande ene ane ens ets ing het',
  'ar er en et es a e s',
]
  .join(' ')
  .split(' ');

const MIN_STEM = 3;

/** The stem of one folded word; words with digits (LIS1, 2019) are kept as they are. */
export function stem(word: string): string {
  if (word.length <= MIN_STEM || /\d/.test(word)) return word;
  // English plurals of -y words: "dummies" meets "dummy" (and the misspelt "dummys").
  if (word.endsWith('ies') && word.length > MIN_STEM + 3) return `${word.slice(0, -3)}y`;
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const base = word.slice(0, -ending.length);
    // "alis" keeps its s: a three-letter stem left by -s is too often a word of its own.
    const min = ending === 's' ? MIN_STEM + 1 : MIN_STEM;
    if (base.length >= min) return base;
  }
  return word;
}
