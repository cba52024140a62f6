/**
 * The inverted index behind the search: for each term, the entries it occurs in and how much
 * the fields it occurs in weigh there; for each entry, where each word of its title and
 * description sits in the text as published, so a hit's highlights are a lookup.
 *
 * Both are kept in flat number arrays rather than an object per occurrence: at 1,000 entries
 * that is about 100,000 occurrences, and allocating, keeping and collecting an object for each
 * doubled the index build (bench/search.bench.ts).
 */
import type { Entry } from '../catalogue';
import { stem } from './analysis/stem';
import { eachToken } from './analysis/tokens';

/**
 * A term's postings, three numbers per entry it occurs in: the entry (its place in `entries`),
 * the weights of the entry's fields the term occurs in (each field once), and those fields as
 * bits of their places in fieldsOf's list.
 */
export type Postings = number[];
export const POSTING_SIZE = 3;

/**
 * The words of a title or description, three numbers each: the term (its place in
 * SearchIndex.terms), and where the word starts and ends in the original text.
 */
export type PlacedTerms = Int32Array;

export interface Placed {
  title: PlacedTerms;
  description: PlacedTerms;
}

export interface SearchIndex {
  entries: Entry[];
  postings: Map<string, Postings>;
  /** Every indexed term once, in the order first seen. */
  terms: string[];
  /** By entry, as in `entries`. */
  placed: Placed[];
}

// Why these weights: the title is what the user sees and the curator chose. A successor (the
// page that has taken over) names the same thing, a little less directly: its title and its
// site ("alis.no"). Keywords are the curator's list of how people ask. The description and the
// dated notes are supporting text; the publisher and kind say least about the page.
const TITLE = 4;
const SUCCESSOR = 3.5;
const KEYWORDS = 2.5;
const TEXT = 1;
const SOURCE = 0.75;

/** "https://www.alis.no/om" -> "alis.no"; '' for an address that does not parse. */
function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** A successor's title and site, and the notes, as text; '' for the many entries with neither. */
function updatesOf(entry: Entry): [successors: string, notes: string] {
  if (entry.successors === undefined && entry.note === undefined) return ['', ''];
  const successors = entry.successors ?? [];
  const notes = [entry.note?.text ?? '', ...successors.map((s) => s.note ?? '')];
  return [successors.map((s) => `${s.title} ; ${siteOf(s.url)}`).join(' ; '), notes.join(' ; ')];
}

/**
 * The entry's fields as [weight, text], the title and description first (their words' places
 * are kept). Its own address is not indexed: its words are site structure ("tema", "artikler")
 * and made no difference to the measured quality (npm run eval:search). A successor's site
 * is, as people name a page by its site.
 */
function fieldsOf(entry: Entry): [number, string][] {
  const [successors, notes] = updatesOf(entry);
  return [
    [TITLE, entry.title],
    [TEXT, entry.description],
    [SUCCESSOR, successors],
    [KEYWORDS, entry.keywords.join(' ; ')],
    [TEXT, notes],
    [SOURCE, `${entry.publisher} ${entry.kind}`],
  ];
}
const PLACED_FIELDS = 2;

/** A term, its place in SearchIndex.terms, and its postings while the index is built. */
interface TermRecord {
  term: string;
  id: number;
  postings: Postings;
}

/** Counts `weight` for the term in entry `at` once per field (`bit`); entries arrive in order. */
function addPosting(postings: Postings, at: number, weight: number, bit: number): void {
  const last = postings.length - POSTING_SIZE;
  if (last < 0 || postings[last] !== at) postings.push(at, weight, bit);
  else if (((postings[last + 2] ?? 0) & bit) === 0) {
    postings[last + 1] = (postings[last + 1] ?? 0) + weight;
    postings[last + 2] = (postings[last + 2] ?? 0) | bit;
  }
}

export function buildIndex(entries: Entry[]): SearchIndex {
  // Words repeat across a catalogue: each is stemmed and looked up once, and from then on one
  // map lookup by the word gives its term and postings.
  const byTerm = new Map<string, TermRecord>();
  const byWord = new Map<string, TermRecord>();
  const recordOf = (word: string) => {
    let record = byWord.get(word);
    if (record === undefined) {
      const term = stem(word);
      record = byTerm.get(term) ?? { term, id: byTerm.size, postings: [] };
      byTerm.set(term, record);
      byWord.set(word, record);
    }
    return record;
  };
  // One field's words at a time, reused: [id, start, end] per word. The tokenizer's callback
  // stays this small on purpose; doing the postings in it made the whole build twice as slow.
  const words: number[] = [];
  const records: TermRecord[] = [];
  const collect = (record: TermRecord, start: number, end: number) => {
    records.push(record);
    words.push(record.id, start, end);
  };
  const placed = entries.map((entry, at) => {
    const kept: PlacedTerms[] = [];
    fieldsOf(entry).forEach(([weight, text], field) => {
      records.length = 0;
      words.length = 0;
      eachToken(text, true, recordOf, collect);
      for (const record of records) addPosting(record.postings, at, weight, 1 << field);
      if (field < PLACED_FIELDS) kept.push(new Int32Array(words));
    });
    return { title: kept[0] ?? new Int32Array(0), description: kept[1] ?? new Int32Array(0) };
  });
  const postings = new Map(Array.from(byTerm, ([term, record]) => [term, record.postings]));
  return { entries, postings, terms: Array.from(byTerm.keys()), placed };
}
