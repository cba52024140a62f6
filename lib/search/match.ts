/**
 * Which indexed terms a query term matches, and how well (1 is the same term). Besides the
 * exact term: terms it begins (someone still typing "veil"), compounds it ends ("kontor" in
 * "aliskontor", "vurdering" in "kompetansevurdering": Norwegian puts the head last), and
 * terms one or two typos away.
 */
import type { SearchIndex } from './inverted-index';
import { editDistance, edits1, isFuzzyWord, lettersApart, MIN_FUZZY_TWO } from './fuzzy';

export type TermMatches = Map<number, number>;

// A prefix or compound tail counts more the more of the term it covers.
const PREFIX_BASE = 0.5;
const TAIL_BASE = 0.45;
const PARTIAL_SPAN = 0.4;
const ONE_TYPO = 0.7;
const TWO_TYPOS = 0.5;
const MIN_PREFIX = 2;
const MIN_TAIL = 4;
// Short prefixes can match thousands of terms in a big catalogue; the closest few dozen do.
const MAX_EXPANSIONS = 50;
// Bounds the two-typo comparisons on a large catalogue's crowded buckets.
const MAX_COMPARED = 1500;

function keep(matches: TermMatches, id: number, quality: number): void {
  if (quality > (matches.get(id) ?? 0)) matches.set(id, quality);
}

/** Terms that begin (or end) with `term`, best covered first, at most MAX_EXPANSIONS. */
function partial(index: SearchIndex, term: string, atEnd: boolean, out: TermMatches): void {
  const ids = atEnd ? index.buckets.endingLike(term) : index.buckets.startingLike(term);
  const found: [number, number][] = [];
  for (const id of ids) {
    const t = index.terms[id] ?? '';
    if (t.length <= term.length || !(atEnd ? t.endsWith(term) : t.startsWith(term))) continue;
    found.push([id, (atEnd ? TAIL_BASE : PREFIX_BASE) + PARTIAL_SPAN * (term.length / t.length)]);
  }
  if (found.length > MAX_EXPANSIONS) found.sort((a, b) => b[1] - a[1]).length = MAX_EXPANSIONS;
  for (const [id, quality] of found) keep(out, id, quality);
}

function typos(index: SearchIndex, term: string, out: TermMatches, twoTypos: boolean): void {
  for (const candidate of edits1(term)) {
    const id = index.termIds.get(candidate);
    if (id !== undefined) keep(out, id, ONE_TYPO);
  }
  if (!twoTypos || term.length < MIN_FUZZY_TWO) return;
  // Two typos rarely touch both ends of a long word: compare with terms sharing either end.
  let compared = 0;
  const apart = lettersApart(term);
  for (const ids of [index.buckets.startingLike(term), index.buckets.endingLike(term)]) {
    for (const id of ids) {
      const t = index.terms[id] ?? '';
      if (Math.abs(t.length - term.length) > 2 || out.has(id)) continue;
      if (++compared > MAX_COMPARED) return;
      if (apart(t) <= 4 && editDistance(term, t, 2) === 2) keep(out, id, TWO_TYPOS);
    }
  }
}

/**
 * A word the index knows is not expanded to longer words or to two-typo neighbours: in a large
 * catalogue those expansions touch thousands of entries and say little. An unknown word (often
 * one still being typed) is.
 */
export function matchTerm(index: SearchIndex, term: string): TermMatches {
  const out: TermMatches = new Map();
  const exact = index.termIds.get(term);
  if (exact !== undefined) out.set(exact, 1);
  const known = exact !== undefined;
  if (term.length >= MIN_PREFIX && !known) partial(index, term, false, out);
  if (term.length >= MIN_TAIL && /^\p{L}+$/u.test(term)) partial(index, term, true, out);
  if (isFuzzyWord(term)) typos(index, term, out, !known);
  return out;
}
