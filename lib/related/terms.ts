/**
 * Picks the few words of a text worth searching for. Selections can be whole pages, so the
 * text is scanned up to a cap and reduced to at most MAX_TERMS words: words the catalogue
 * knows if there are any, otherwise long words; the most repeated first. Markup, entities, control
 * and bidi characters never reach the query.
 */
import type { Catalogue } from '../catalogue';
import { foldText, isStopword } from '../search';
import { cleanText } from '../omnibox';

export const MAX_TERMS = 3;
// A 100 kB selection is cut here before any work is done; its first pages say enough.
const MAX_SCAN = 20_000;
const MIN_UNKNOWN_LENGTH = 4;

/** How many entries use each folded word in their title or keywords. */
export function vocabulary(cat: Catalogue): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of cat.entries) {
    const words = new Set(foldText([e.title, ...(e.keywords ?? [])].join(' ')).split(' '));
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

interface Candidate {
  word: string;
  count: number;
  first: number;
  /** Entries that know the word; 0 when the catalogue does not use it. */
  known: number;
}

function stripMarkup(text: string): string {
  return cleanText(text.slice(0, MAX_SCAN))
    .replace(/<[^<>]{0,500}>/g, ' ')
    .replace(/&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z]{2,8});/gi, ' ');
}

function candidates(text: string, vocab: Map<string, number>): Candidate[] {
  const found = new Map<string, Candidate>();
  const words = stripMarkup(text).match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
  words.forEach((word, index) => {
    const key = foldText(word);
    const seen = found.get(key);
    if (seen) seen.count++;
    else found.set(key, { word, count: 1, first: index, known: knownBy(key, vocab) });
  });
  return [...found].filter(([key, c]) => isMeaningful(key, c)).map(([, c]) => c);
}

/** A hyphenated word ("ALIS-kontorene") is known when each of its parts is. */
function knownBy(key: string, vocab: Map<string, number>): number {
  const counts = key.split(' ').map((part) => vocab.get(part) ?? 0);
  return Math.min(...counts);
}

function isMeaningful(key: string, c: Candidate): boolean {
  // The search's own filler words (lib/search), so both agree on what carries no meaning.
  if (key === '' || isStopword(key)) return false;
  if (c.known > 0) return key.length >= 2;
  return key.length >= MIN_UNKNOWN_LENGTH && /^[\p{L} ]+$/u.test(key);
}

/** At most MAX_TERMS words from the text, best first, joined by spaces ('' if none). */
export function meaningfulTerms(text: string, vocab: Map<string, number>): string {
  const all = candidates(text, vocab);
  const known = all.filter((c) => c.known > 0);
  const pool = known.length > 0 ? known : all;
  // Most repeated first, then in the order written: predictable, and the start of a
  // selection (or the last segment of an address) is usually what it is about.
  pool.sort((a, b) => b.count - a.count || a.first - b.first);
  return pool
    .slice(0, MAX_TERMS)
    .map((c) => c.word)
    .join(' ');
}
