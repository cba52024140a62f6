/**
 * Which indexed terms a query term matches, and how well (1 is the same term). Besides the
 * exact term: terms it begins (someone still typing "veil"), compounds it ends ("kontor" in
 * "aliskontor", "vurdering" in "kompetansevurdering": Norwegian puts the head last), and
 * terms one or two typos away.
 */
import type { SearchIndex } from './search-index';
import { editDistance, lookupKeys, MIN_FUZZY, MIN_FUZZY_TWO } from './search-fuzzy';

export type TermMatches = Map<number, number>;

// A prefix or compound tail counts more the more of the term it covers.
const PREFIX_BASE = 0.5;
const TAIL_BASE = 0.45;
const PARTIAL_SPAN = 0.4;
const TYPO_QUALITY = [1, 0.7, 0.5];
const MIN_PREFIX = 2;
const MIN_TAIL = 4;
// Short prefixes can match thousands of terms in a big catalogue; a few dozen are plenty.
const MAX_EXPANSIONS = 50;

function firstAtOrAfter(ids: number[], strings: string[], key: string): number {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((strings[ids[mid] ?? 0] ?? '') < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function keep(matches: TermMatches, id: number, quality: number): void {
  if (quality > (matches.get(id) ?? 0)) matches.set(id, quality);
}

/** Terms in `strings` (via the sorted `ids`) that start with `key`, other than `key` itself. */
function startingWith(ids: number[], strings: string[], key: string, base: number, out: TermMatches): void {
  let found = 0;
  for (let i = firstAtOrAfter(ids, strings, key); i < ids.length && found < MAX_EXPANSIONS; i++) {
    const id = ids[i] ?? 0;
    const s = strings[id] ?? '';
    if (!s.startsWith(key)) break;
    if (s.length === key.length) continue;
    keep(out, id, base + PARTIAL_SPAN * (key.length / s.length));
    found++;
  }
}

function typos(index: SearchIndex, term: string, out: TermMatches): void {
  const max = term.length >= MIN_FUZZY_TWO ? 2 : 1;
  for (const key of lookupKeys(term)) {
    const candidates = [...(index.deletions.get(key) ?? [])];
    const same = index.termIds.get(key);
    if (same !== undefined) candidates.push(same);
    for (const id of candidates) {
      const distance = editDistance(term, index.terms[id] ?? '', max);
      if (distance > 0 && distance <= max) keep(out, id, TYPO_QUALITY[distance] ?? 0);
    }
  }
}

export function matchTerm(index: SearchIndex, term: string): TermMatches {
  const out: TermMatches = new Map();
  const exact = index.termIds.get(term);
  if (exact !== undefined) out.set(exact, 1);
  if (term.length >= MIN_PREFIX) startingWith(index.byTerm, index.terms, term, PREFIX_BASE, out);
  if (term.length >= MIN_TAIL && /^\p{L}+$/u.test(term)) {
    const reversed = [...term].reverse().join('');
    startingWith(index.byReversed, index.reversed, reversed, TAIL_BASE, out);
  }
  if (term.length >= MIN_FUZZY) typos(index, term, out);
  return out;
}
