/**
 * Which of the catalogue's terms a query word matches, and how well (1 is the term itself).
 *
 * A word the index knows matches itself and nothing else. Expanding known words found too much:
 * "veiledning" inside "brukerveiledning" put user guides among the guidance pages. A word the
 * index does not know goes to fuse.js, which finds the terms it begins (a word still being
 * typed: "veil") or nearly spells (typos: "kompetansevudering"). fuse.js compares single words
 * only, and only with the terms starting with the word's first letter, where its prefixes and
 * almost all typos are, or with its second (a letter too many at the start: "xveileder"), so a
 * word is compared with a few hundred terms at most.
 */
import Fuse, { type IFuseOptions } from 'fuse.js/basic';

type TermMatches = Map<string, number>;

/** `loose`: also the terms the word begins or nearly spells, if the index does not know it. */
export type Matcher = (word: string, loose: boolean) => TermMatches;

const FUSE_OPTIONS: IFuseOptions<string> = {
  includeScore: true,
  shouldSort: false,
  // fuse.js scores errors / word length, plus how far from the start of the term the match
  // begins / `distance`. A quarter allows one typo from 4 letters, two from 8, three from 12,
  // and a match must begin within the term's first two letters.
  threshold: 0.25,
  location: 0,
  distance: 8,
};

/** Shorter words are matched only as the start of a term, with no typos: "ve" begins "veileder". */
const MIN_FUZZY = 4;
// A word that begins a term counts more the more of the term it covers.
const PREFIX_BASE = 0.5;
const COVERAGE_SPAN = 0.4;
// A two-letter prefix begins hundreds of terms at 1,000 entries; the best covered few dozen do.
const MAX_EXPANSIONS = 50;

/** The matcher over the index's terms (the keys of its postings). */
export function createMatcher(known: ReadonlyMap<string, unknown>): Matcher {
  const byFirst = new Map<string, string[]>();
  for (const term of known.keys()) {
    const list = byFirst.get(term.charAt(0));
    if (list) list.push(term);
    else byFirst.set(term.charAt(0), [term]);
  }
  const fuses = new Map(Array.from(byFirst, ([first, list]) => [first, new Fuse(list, FUSE_OPTIONS)]));

  /** The terms starting with `first` that `word` begins or nearly spells, with how well. */
  const near = (word: string, first: string): TermMatches => {
    const found: [string, number][] = [];
    for (const { item, score = 1 } of fuses.get(first)?.search(word) ?? []) {
      if (word.length < MIN_FUZZY && !item.startsWith(word)) continue;
      const coverage = Math.min(1, word.length / item.length);
      found.push([item, (PREFIX_BASE + COVERAGE_SPAN * coverage) * (1 - score)]);
    }
    if (found.length > MAX_EXPANSIONS) found.sort((a, b) => b[1] - a[1]).length = MAX_EXPANSIONS;
    return new Map(found);
  };

  return (word, loose) => {
    if (known.has(word)) return new Map([[word, 1]]);
    if (!loose || word === '') return new Map();
    const found = near(word, word.charAt(0));
    if (word.length < MIN_FUZZY || word.charAt(1) === word.charAt(0)) return found;
    for (const [term, quality] of near(word, word.charAt(1))) found.set(term, quality);
    return found;
  };
}
