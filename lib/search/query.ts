/**
 * Turns what the user typed into slots: one per thing they asked about. A slot is a term as
 * typed, or a phrase known to the synonym list together with the phrases that mean the same.
 * Filler words drop out, and the number of slots is capped, so a pasted page costs no more
 * than a sentence.
 */
import type { Synonyms } from './analysis/synonyms';
import { joinedTerm, splitTerm, type Knows } from './analysis/compounds';
import { tokenize, type Token } from './analysis/tokens';
import { isStopword } from './analysis/stopwords';

export interface Alternative {
  terms: string[];
  /** 1 for what the user typed; less for a synonym, so literal matches win ties. */
  weight: number;
}

export interface Slot {
  alternatives: Alternative[];
}

/** Maps a synonym phrase ("felles kompetansemal") to every phrase of its groups. */
export type SynonymLookup = Map<string, string[][]>;

// Nobody types more than this into a search box on purpose; the rest of a paste is noise.
const MAX_QUERY_CHARS = 1000;
export const MAX_SLOTS = 10;
const MAX_PHRASE = 4;
export const SYNONYM_WEIGHT = 0.8;

// Like fuse.js's 32-character patterns: longer "words" are pasted junk, and typo lookups
// grow with the square of a term's length.
export const MAX_TERM = 32;

const isUseful = (t: Token) => t.term.length >= 2 || /\d/.test(t.term);
const capped = (t: Token): Token => ({
  ...t,
  term: t.term.slice(0, MAX_TERM),
  word: t.word.slice(0, MAX_TERM),
});

/** The meaningful words of a text, in order; filler words only if nothing else is left. */
function queryWords(text: string): Token[] {
  const words = tokenize(text.slice(0, MAX_QUERY_CHARS), false).filter(isUseful).map(capped);
  const content = words.filter((t) => !isStopword(t.term));
  // "for" alone is someone typing "forskrift": let it through rather than show nothing.
  return content.length > 0 ? content : words;
}

/** The meaningful terms of a text, as the index spells them. */
export function queryTerms(text: string): string[] {
  return queryWords(text).map((t) => t.term);
}

export function buildSynonymLookup(synonyms: Synonyms): SynonymLookup {
  const lookup: SynonymLookup = new Map();
  for (const group of synonyms.groups) {
    const phrases = group.terms.map(queryTerms).filter((p) => p.length > 0 && p.length <= MAX_PHRASE);
    for (const phrase of phrases) {
      const key = phrase.join(' ');
      const known = lookup.get(key) ?? [];
      lookup.set(key, [...known, ...phrases.filter((p) => p.join(' ') !== key)]);
    }
  }
  return lookup;
}

function withSynonyms(terms: string[], lookup: SynonymLookup): Alternative[] {
  const others = lookup.get(terms.join(' ')) ?? [];
  return [{ terms, weight: 1 }, ...others.map((t) => ({ terms: t, weight: SYNONYM_WEIGHT }))];
}

/** The slot starting at `at` and how many words it takes: a synonym phrase, a split compound, or one word. */
function slotAt(words: Token[], at: number, lookup: SynonymLookup, knows: Knows): [Slot, number] {
  const terms = words.map((w) => w.term);
  for (let length = Math.min(MAX_PHRASE, terms.length - at); length > 1; length--) {
    const phrase = terms.slice(at, at + length);
    if (lookup.has(phrase.join(' '))) return [{ alternatives: withSynonyms(phrase, lookup) }, length];
  }
  const word = words[at] as Token;
  const next = words[at + 1];
  const joined = next ? joinedTerm(word.word, next.word, knows) : null;
  if (joined !== null && next) {
    const alternatives = [...withSynonyms([joined], lookup), { terms: [word.term, next.term], weight: 1 }];
    return [{ alternatives }, 2];
  }
  const alternatives = withSynonyms([word.term], lookup);
  const parts = splitTerm(word.word, knows);
  if (parts) alternatives.push({ terms: parts, weight: 1 });
  return [{ alternatives }, 1];
}

/** The slots of a query, each distinct term once, at most MAX_SLOTS of them. */
export function parseQuery(query: string, lookup: SynonymLookup, knows: Knows = () => false): Slot[] {
  const seen = new Set<string>();
  const words = queryWords(query).filter((w) => !seen.has(w.term) && seen.add(w.term));
  const slots: Slot[] = [];
  for (let at = 0; at < words.length && slots.length < MAX_SLOTS;) {
    const [slot, length] = slotAt(words, at, lookup, knows);
    slots.push(slot);
    at += length;
  }
  return slots;
}
