/**
 * The inverted index behind the search: for each term, the entries it occurs in and how much
 * the fields it occurs in weigh there; for each entry, where each word of its title and
 * description sits in the text as published, so a hit's highlights are a lookup.
 *
 * Both are kept in flat number arrays rather than an object or array per occurrence or field:
 * at 1,000 entries there are about 100,000 occurrences, and allocating, keeping and collecting
 * small objects for them doubled the index build (bench/search.bench.ts).
 */
import type { Entry } from '../catalogue';
import { stem } from './analysis/stem';
import { eachToken } from './analysis/tokens';

/**
 * A term's postings, three numbers per entry it occurs in: the entry (its place in `entries`),
 * the weights of the entry's fields the term occurs in (each field once), and those fields as
 * bits (see Field).
 */
export type Postings = number[];
export const POSTING_SIZE = 3;

export interface SearchIndex {
  entries: Entry[];
  postings: Map<string, Postings>;
  /** Every indexed term once, in the order first seen. */
  terms: string[];
  /**
   * The words of every title and description, three numbers each: the term (its place in
   * `terms`), and where the word starts and ends in the original text.
   */
  places: Int32Array;
  /** Per entry, four numbers: where its title's words start and end in `places`, then its description's. */
  placeBounds: Int32Array;
}

/** The fields of an entry, as bits in a posting. */
const Field = { Title: 0, Description: 1, Successors: 2, Keywords: 3, Notes: 4, Source: 5 } as const;

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

/** A term, its place in `terms`, and its postings while the index is built. */
interface TermRecord {
  term: string;
  id: number;
  postings: Postings;
}

/** Counts `weight` for the term in entry `at` once per field; entries arrive in order. */
function addPosting(postings: Postings, at: number, weight: number, bit: number): void {
  const last = postings.length - POSTING_SIZE;
  if (last < 0 || postings[last] !== at) postings.push(at, weight, bit);
  else if (((postings[last + 2] ?? 0) & bit) === 0) {
    postings[last + 1] = (postings[last + 1] ?? 0) + weight;
    postings[last + 2] = (postings[last + 2] ?? 0) | bit;
  }
}

class IndexBuilder {
  readonly byTerm = new Map<string, TermRecord>();
  // Words repeat across a catalogue: each is stemmed and looked up once, and from then on one
  // map lookup by the word gives its term and postings.
  private readonly byWord = new Map<string, TermRecord>();
  readonly places: number[] = [];
  readonly placeBounds: number[] = [];
  // One field's words at a time, reused. The tokenizer's callback stays this small on purpose.
  private readonly records: TermRecord[] = [];
  private readonly spans: number[] = [];
  private readonly recordOf = (word: string) => {
    let record = this.byWord.get(word);
    if (record === undefined) {
      const term = stem(word);
      record = this.byTerm.get(term) ?? { term, id: this.byTerm.size, postings: [] };
      this.byTerm.set(term, record);
      this.byWord.set(word, record);
    }
    return record;
  };
  private readonly collect = (record: TermRecord, start: number, end: number) => {
    this.records.push(record);
    this.spans.push(start, end);
  };

  private field(at: number, field: number, weight: number, text: string, keepPlaces = false): void {
    this.records.length = 0;
    this.spans.length = 0;
    eachToken(text, true, this.recordOf, this.collect);
    this.records.forEach((record, i) => {
      addPosting(record.postings, at, weight, 1 << field);
      if (keepPlaces) this.places.push(record.id, this.spans[2 * i] ?? 0, this.spans[2 * i + 1] ?? 0);
    });
  }

  /**
   * The entry's own address is not indexed: its words are site structure ("tema", "artikler")
   * and made no difference to the measured quality (npm run eval:search). A successor's site
   * is, as people name a page by its site.
   */
  add(entry: Entry, at: number): void {
    this.placeBounds.push(this.places.length);
    this.field(at, Field.Title, TITLE, entry.title, true);
    this.placeBounds.push(this.places.length, this.places.length);
    this.field(at, Field.Description, TEXT, entry.description, true);
    this.placeBounds.push(this.places.length);
    this.field(at, Field.Keywords, KEYWORDS, entry.keywords.join(' ; '));
    this.field(at, Field.Source, SOURCE, `${entry.publisher} ${entry.kind}`);
    const successors = entry.successors ?? [];
    if (successors.length > 0) {
      const text = successors.map((s) => `${s.title} ; ${siteOf(s.url)}`).join(' ; ');
      this.field(at, Field.Successors, SUCCESSOR, text);
    }
    const notes = [entry.note?.text, ...successors.map((s) => s.note)].filter((n) => n !== undefined);
    if (notes.length > 0) this.field(at, Field.Notes, TEXT, notes.join(' ; '));
  }
}

export function buildIndex(entries: Entry[]): SearchIndex {
  const builder = new IndexBuilder();
  entries.forEach((entry, at) => builder.add(entry, at));
  return {
    entries,
    postings: new Map(Array.from(builder.byTerm, ([term, record]) => [term, record.postings])),
    terms: Array.from(builder.byTerm.keys()),
    places: new Int32Array(builder.places),
    placeBounds: new Int32Array(builder.placeBounds),
  };
}
