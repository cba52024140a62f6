/**
 * The inverted index behind the search: for each term, the entries it occurs in and how much
 * the fields it occurs in weigh there; for each entry, where each word of its title and
 * description sits in the text as published, so a hit's highlights are a lookup.
 *
 * Both are kept in flat number arrays rather than an object per occurrence: at 1,000 entries
 * that is about 100,000 occurrences, and allocating (then collecting) an object for each took
 * longer than reading the text (bench/search.bench.ts, index build).
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

/** The words of a title or description: their terms, and [start, end) of each in the original text. */
export interface PlacedTerms {
  terms: string[];
  spans: number[];
}

export interface Placed {
  title: PlacedTerms;
  description: PlacedTerms;
}

export interface SearchIndex {
  entries: Entry[];
  postings: Map<string, Postings>;
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

/**
 * The entry's fields as [weight, text], with where to keep the words' places for the title and
 * the description. Its own address is not indexed: its words are site structure ("tema",
 * "artikler") and made no difference to the measured quality (npm run eval:search). A
 * successor's site is, as people name a page by its site.
 */
function fieldsOf(entry: Entry, placed: Placed): [number, string, PlacedTerms?][] {
  const successors = entry.successors ?? [];
  const notes = [entry.note?.text ?? '', ...successors.map((s) => s.note ?? '')];
  return [
    [TITLE, entry.title, placed.title],
    [SUCCESSOR, successors.map((s) => `${s.title} ; ${siteOf(s.url)}`).join(' ; ')],
    [KEYWORDS, entry.keywords.join(' ; ')],
    [TEXT, entry.description, placed.description],
    [TEXT, notes.join(' ; ')],
    [SOURCE, `${entry.publisher} ${entry.kind}`],
  ];
}

/** A term and its postings while the index is built. */
interface TermRecord {
  term: string;
  postings: Postings;
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
      record = byTerm.get(term) ?? { term, postings: [] };
      byTerm.set(term, record);
      byWord.set(word, record);
    }
    return record;
  };
  const placed = entries.map((entry, at) => {
    const words: Placed = { title: { terms: [], spans: [] }, description: { terms: [], spans: [] } };
    fieldsOf(entry, words).forEach(([weight, text, places], field) => {
      const bit = 1 << field;
      eachToken(text, true, recordOf, ({ term, postings }, start, end) => {
        places?.terms.push(term);
        places?.spans.push(start, end);
        // Entries arrive in order, so the entry's posting, if it has one yet, is the last.
        const last = postings.length - POSTING_SIZE;
        if (last < 0 || postings[last] !== at) postings.push(at, weight, bit);
        else if (((postings[last + 2] ?? 0) & bit) === 0) {
          postings[last + 1] = (postings[last + 1] ?? 0) + weight;
          postings[last + 2] = (postings[last + 2] ?? 0) | bit;
        }
      });
    });
    return words;
  });
  const postings = new Map(Array.from(byTerm, ([term, record]) => [term, record.postings]));
  return { entries, postings, placed };
}
