/**
 * Turns what the user typed into slots, one per thing asked about, each holding the ways of
 * saying it: the words as typed, their synonyms, two words the index knows as one compound, and
 * an unknown compound's parts, also by their synonyms and joined again ("rettleiarkurs" ->
 * "veilederkurs"). Filler words drop out; caps keep a pasted page as cheap as a sentence.
 * The synonyms are data (assets/synonyms.json), so maintainers add the words people use without
 * touching code; the build checks the file (./parse.ts).
 */
import synonyms from '../../assets/synonyms.json';
import { joinedTerm, splitCompound, type Knows, type Part } from './analysis/compounds';
import { tokenize, type Token } from './analysis/tokens';
import { isStopTerm } from './analysis/stopwords';

export interface Alternative {
  terms: string[];
  /** 1 for what the user typed; less for a synonym or a part, so literal matches win ties. */
  weight: number;
  /**
   * The user's own words: only these are matched loosely (prefixes, typos). Synonyms and
   * compound parts are the index's or the synonym list's words, matched as they are.
   */
  typed: boolean;
}

export interface Slot {
  alternatives: Alternative[];
  /**
   * What the slot stands for when none of its alternatives matches anything: the one known
   * part of a compound nobody indexed ("lov" of "lovtekst"). A word that matched as typed (a
   * typo of a known word, say) is not read as a known part followed by noise.
   */
  fallback: Alternative[];
}

/** A phrase of the synonym list: its terms, and its folded words before stemming (for compounds). */
type Phrase = Record<'terms' | 'words', string[]>;

// Nobody types more than this into a search box on purpose; the rest of a paste is noise.
const MAX_QUERY_CHARS = 1000;
const MAX_SLOTS = 10;
const MAX_PHRASE = 4;
const SYNONYM_WEIGHT = 0.8;
// The one known part of a compound ("lov" of "lovtekst") says less than the whole word would.
const LONE_PART = 0.5;
// Spellings tried per part of a compound (itself and its synonyms), and alternatives per slot.
const MAX_PART_SPELLINGS = 6;
const MAX_ALTERNATIVES = 40;
// Like fuse.js's 32-character patterns: longer "words" are pasted junk.
const MAX_TERM = 32;

const isUseful = (t: Token) => t.term.length >= 2 || /\d/.test(t.term);
const capped = (t: Token) => ({ ...t, term: t.term.slice(0, MAX_TERM), word: t.word.slice(0, MAX_TERM) });

/** The meaningful words of a text, in order; filler words only if nothing else is left. */
function queryWords(text: string): Token[] {
  const words = tokenize(text.slice(0, MAX_QUERY_CHARS), false).filter(isUseful).map(capped);
  const content = words.filter((t) => !isStopTerm(t.term));
  // "for" alone is someone typing "forskrift": let it through rather than show nothing.
  return content.length > 0 ? content : words;
}

/** The meaningful terms of a text, as the index spells them. */
export function queryTerms(text: string): string[] {
  return queryWords(text).map((t) => t.term);
}

/**
 * A phrase's terms ("felles kompetansemal") -> the other phrases of its groups. The same for
 * every catalogue: built once, not per searcher.
 */
const lookup = new Map<string, Phrase[]>();
for (const group of synonyms.groups) {
  const phrases = group.terms
    .map(queryWords)
    .filter((p) => p.length > 0 && p.length <= MAX_PHRASE)
    .map((p) => ({ terms: p.map((t) => t.term), words: p.map((t) => t.word) }));
  for (const phrase of phrases) {
    const key = phrase.terms.join(' ');
    const others = phrases.filter((p) => p.terms.join(' ') !== key);
    lookup.set(key, [...(lookup.get(key) ?? []), ...others]);
  }
}

const synonymsOf = (key: string): (Alternative & Phrase)[] =>
  (lookup.get(key) ?? []).map((p) => ({ ...p, weight: SYNONYM_WEIGHT, typed: false }));

/** A part of a compound as itself and as each of its synonyms, with the weight each carries. */
function spellings(part: Part): (Alternative & Phrase)[] {
  const itself = { terms: [part.term], words: [part.word], weight: 1, typed: false };
  return [itself, ...synonymsOf(part.term)].slice(0, MAX_PART_SPELLINGS);
}

/**
 * What an unknown compound can stand for: the known compound its parts make when spelt by their
 * synonyms ("rettleiar" + "kurs" -> "veilederkurs", "rettleiings" + "gruppe" ->
 * "veiledningsgruppe"), and the parts as a phrase when both are known. Second, its one known
 * part, when only one is known (see Slot.fallback).
 */
function compoundAlternatives(word: string, knows: Knows): [Alternative[], Alternative[]] {
  // A filler word is no part: "der" would make any word ending in it mean something.
  const parts = splitCompound(word, (t) => !isStopTerm(t) && (knows(t) || lookup.has(t)));
  if (!parts) return [[], []];
  const [head, tail] = parts;
  const both = head.known && tail.known;
  const alternatives: Alternative[] = [];
  for (const h of spellings(head)) {
    for (const t of spellings(tail)) {
      const weight = h.weight * t.weight;
      const joined = joinedTerm(h.words.at(-1) ?? '', t.terms[0] ?? '', knows);
      const terms = [...h.terms.slice(0, -1), joined ?? '', ...t.terms.slice(1)];
      if (joined !== null) alternatives.push({ terms, weight, typed: false });
      if (both) alternatives.push({ terms: [...h.terms, ...t.terms], weight, typed: false });
    }
  }
  if (both) return [alternatives, []];
  const lone = spellings(head.known ? head : tail);
  return [alternatives, lone.map((s) => ({ ...s, weight: s.weight * LONE_PART }))];
}

/** The slot starting at `at` and how many words it takes: a synonym phrase, a compound, or one word. */
function slotAt(words: Token[], at: number, knows: Knows): [Slot, number] {
  const terms = words.map((w) => w.term);
  for (let length = Math.min(MAX_PHRASE, terms.length - at); length > 1; length--) {
    const phrase = terms.slice(at, at + length);
    const key = phrase.join(' ');
    if (!lookup.has(key)) continue;
    const alternatives = [{ terms: phrase, weight: 1, typed: true }, ...synonymsOf(key)];
    return [{ alternatives, fallback: [] }, length];
  }
  const word = words[at] as Token;
  const next = words[at + 1];
  const joined = next ? joinedTerm(word.word, next.term, knows) : null;
  if (joined !== null && next) {
    const typed = { terms: [word.term, next.term], weight: 1, typed: true };
    const alternatives = [{ terms: [joined], weight: 1, typed: false }, ...synonymsOf(joined), typed];
    return [{ alternatives, fallback: [] }, 2];
  }
  const alternatives = [{ terms: [word.term], weight: 1, typed: true }, ...synonymsOf(word.term)];
  if (knows(word.term) || lookup.has(word.term)) return [{ alternatives, fallback: [] }, 1];
  const [parts, fallback] = compoundAlternatives(word.word, knows);
  return [{ alternatives: [...alternatives, ...parts], fallback }, 1];
}

/**
 * Alternatives that can match something, each once at its highest weight. Words the user typed
 * always stay (they may be typos or prefixes); the others only if the index has a term of them.
 */
function usable(alternatives: Alternative[], knows: Knows): Alternative[] {
  const kept = new Map<string, Alternative>();
  for (const alt of alternatives) {
    if (!alt.typed && !alt.terms.some(knows)) continue;
    const key = `${alt.typed ? '~' : '='}${alt.terms.join(' ')}`;
    if ((kept.get(key)?.weight ?? 0) < alt.weight) kept.set(key, alt);
  }
  return [...kept.values()].slice(0, MAX_ALTERNATIVES);
}

/** The slots of a query, each distinct term once, at most MAX_SLOTS of them. */
export function parseQuery(query: string, knows: Knows): Slot[] {
  const seen = new Set<string>();
  const words = queryWords(query).filter((w) => !seen.has(w.term) && seen.add(w.term));
  const slots: Slot[] = [];
  for (let at = 0; at < words.length && slots.length < MAX_SLOTS;) {
    const [slot, length] = slotAt(words, at, knows);
    slots.push({ alternatives: usable(slot.alternatives, knows), fallback: usable(slot.fallback, knows) });
    at += length;
  }
  return slots;
}
