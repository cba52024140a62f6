/**
 * Which of the catalogue's terms a query word matches, and how well (1 is the term itself).
 *
 * A word the index knows matches itself and nothing else. Expanding known words found too much:
 * "veiledning" inside "brukerveiledning" put user guides among the guidance pages. A word the
 * index does not know goes to fuse.js, which finds the terms it begins (a word still being
 * typed: "veil") or nearly spells (typos: "kompetansevudering"). fuse.js compares single words
 * only, and only with the terms starting with the word's first letter, where its prefixes and
 * almost all typos are, or with its second (a letter too many at the start: "xveileder"). That
 * keeps it to a few hundred short comparisons at the 1,000 entries Spes is designed for
 * (bench/search.bench.ts).
 */
import Fuse, { type IFuseOptions } from 'fuse.js/basic';

export type TermMatches = Map<string, number>;

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
// Terms are also kept apart by length, from these lengths on: a word of n letters with up to
// `threshold * n` typos only fits in terms at least that much shorter than itself, and long
// words, the costliest to compare, then meet the few long terms only.
const LENGTH_BANDS = [6, 10, 14];
const bandOf = (length: number) => LENGTH_BANDS.filter((from) => length >= from).length;

export interface Vocabulary {
  /** `loose`: also the terms the word begins or nearly spells, if the index does not know it. */
  match(word: string, loose: boolean): TermMatches;
}

/**
 * The terms by first character and length band, each group searched by its own fuse.js
 * instance. An instance is made when a word first needs it: a session types a few letters,
 * and making all of them up front added 10-20 ms to a searcher's first, cold build.
 */
class TermGroups {
  private readonly lists = new Map<string, string[][]>();
  private readonly fuses = new Map<string[], Fuse<string>>();

  constructor(terms: Iterable<string>) {
    for (const term of terms) {
      const bands = this.lists.get(term.charAt(0)) ?? [[], ...LENGTH_BANDS.map(() => [])];
      this.lists.set(term.charAt(0), bands);
      bands[bandOf(term.length)]?.push(term);
    }
  }

  /** Fuse.js results for `word` among the terms starting with `first`, at least `minLength` long. */
  search(word: string, first: string, minLength: number) {
    const bands = this.lists.get(first)?.slice(bandOf(minLength)) ?? [];
    return bands.flatMap((list) => {
      if (list.length === 0) return [];
      let fuse = this.fuses.get(list);
      if (!fuse) this.fuses.set(list, (fuse = new Fuse(list, FUSE_OPTIONS)));
      return fuse.search(word);
    });
  }
}

export function createVocabulary(terms: Iterable<string>): Vocabulary {
  const known = new Set(terms);
  const groups = new TermGroups(known);
  const threshold = FUSE_OPTIONS.threshold ?? 0;

  const near = (word: string, first: string): TermMatches => {
    const found: [string, number][] = [];
    const shortest = word.length - Math.floor(threshold * word.length);
    for (const { item, score = 1 } of groups.search(word, first, shortest)) {
      if (word.length < MIN_FUZZY && !item.startsWith(word)) continue;
      const coverage = Math.min(1, word.length / item.length);
      found.push([item, (PREFIX_BASE + COVERAGE_SPAN * coverage) * (1 - score)]);
    }
    if (found.length > MAX_EXPANSIONS) found.sort((a, b) => b[1] - a[1]).length = MAX_EXPANSIONS;
    return new Map(found);
  };

  return {
    match(word, loose) {
      if (known.has(word)) return new Map([[word, 1]]);
      if (!loose || word === '') return new Map();
      const found = near(word, word.charAt(0));
      if (word.length < MIN_FUZZY || word.charAt(1) === word.charAt(0)) return found;
      for (const [term, quality] of near(word, word.charAt(1))) found.set(term, quality);
      return found;
    },
  };
}
