/**
 * The inverted index behind the search: for each term, the entries it occurs in and how much
 * the fields it occurs in weigh there; for each entry, where each word of its title and
 * description sits in the text as published, so a hit's highlights are a lookup.
 *
 * Both live in a few typed arrays rather than in an object or a growing array per term: at
 * 1,000 entries there are about 60,000 postings and 100,000 numbers of word places, and small
 * arrays for them, grown push by push and then collected, made the index build take half as
 * long again (bench/search.bench.ts).
 */
import type { Entry } from '../catalogue';
import { stem } from './analysis/stem';
import { eachToken } from './analysis/tokens';

/** The postings of term id `t` are entries[offsets[t] .. offsets[t + 1]], with their weights. */
export interface Postings {
  offsets: Int32Array;
  entries: Int32Array;
  /** The weights of the entry's fields the term occurs in, each field counted once. */
  weights: Float64Array;
}

export interface SearchIndex {
  entries: Entry[];
  /** Every indexed term once; a term's id is its place here. */
  terms: string[];
  termIds: Map<string, number>;
  postings: Postings;
  /**
   * The words of every title and description, three numbers each: the term id, and where the
   * word starts and ends in the original text.
   */
  places: Int32Array;
  /** Per entry, four numbers: where its title's words start and end in `places`, then its description's. */
  placeBounds: Int32Array;
}

/** The fields of an entry, as bits, so a term counts once per field. */
const Field = { Title: 0, Description: 1, Successors: 2, Keywords: 3, Notes: 4, Source: 5 } as const;

/**
 * A successor is a second title and a note a second description: a word found in both counts
 * once, so a page does not outrank its peers for having been replaced or annotated.
 */
const SAME_AS: Partial<Record<number, number>> = {
  [Field.Successors]: Field.Title,
  [Field.Notes]: Field.Description,
};

// Why these weights: the title is what the user sees and the curator chose. A successor (the
// page that has taken over) names the same thing, a little less directly: its title and its
// site ("alis.no"), as a second title (SAME_AS). Keywords are the curator's list of how people ask. The description and the
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

/** A list of numbers in one typed array, doubled when full. */
class NumberList<T extends Int32Array | Float64Array> {
  size = 0;

  constructor(
    public data: T,
    private readonly make: (length: number) => T,
  ) {}

  push(value: number): void {
    if (this.size === this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.size++] = value;
  }

  toArray(): T {
    return this.data.slice(0, this.size) as T;
  }
}

const ints = () => new NumberList(new Int32Array(4096), (n) => new Int32Array(n));
const floats = () => new NumberList(new Float64Array(4096), (n) => new Float64Array(n));

/** A term, its id, and the row of its latest posting while the index is built. */
interface TermRecord {
  term: string;
  id: number;
  lastRow: number;
}

class IndexBuilder {
  readonly byTerm = new Map<string, TermRecord>();
  // Words repeat across a catalogue: each is stemmed and looked up once, and from then on one
  // map lookup by the word gives its term.
  private readonly byWord = new Map<string, TermRecord>();
  /** One row per posting, in the order found: term id, entry, field bits, weight. */
  readonly rows = { term: ints(), entry: ints(), fields: ints(), weight: floats() };
  readonly places = ints();
  readonly placeBounds = ints();

  private readonly recordOf = (word: string) => {
    let record = this.byWord.get(word);
    if (record === undefined) {
      const term = stem(word);
      record = this.byTerm.get(term) ?? { term, id: this.byTerm.size, lastRow: -1 };
      this.byTerm.set(term, record);
      this.byWord.set(word, record);
    }
    return record;
  };

  /** Counts `weight` for the term in entry `at` once per field; entries arrive in order. */
  private count(record: TermRecord, at: number, weight: number, bit: number): void {
    const { term, entry, fields } = this.rows;
    const row = record.lastRow;
    if (row >= 0 && entry.data[row] === at) {
      if (((fields.data[row] ?? 0) & bit) !== 0) return;
      fields.data[row] = (fields.data[row] ?? 0) | bit;
      this.rows.weight.data[row] = (this.rows.weight.data[row] ?? 0) + weight;
      return;
    }
    record.lastRow = term.size;
    term.push(record.id);
    entry.push(at);
    fields.push(bit);
    this.rows.weight.push(weight);
  }

  private field(at: number, field: number, weight: number, text: string, keepPlaces = false): void {
    eachToken(text, true, this.recordOf, (record, start, end) => {
      this.count(record, at, weight, 1 << (SAME_AS[field] ?? field));
      if (!keepPlaces) return;
      this.places.push(record.id);
      this.places.push(start);
      this.places.push(end);
    });
  }

  /**
   * The entry's own address is not indexed: its words are site structure ("tema", "artikler")
   * and made no difference to the measured quality (npm run eval:search). A successor's site
   * is, as people name a page by its site.
   */
  add(entry: Entry, at: number): void {
    this.placeBounds.push(this.places.size);
    this.field(at, Field.Title, TITLE, entry.title, true);
    this.placeBounds.push(this.places.size);
    this.placeBounds.push(this.places.size);
    this.field(at, Field.Description, TEXT, entry.description, true);
    this.placeBounds.push(this.places.size);
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

  /** The rows sorted by term (a counting sort), entries in catalogue order within each term. */
  postings(): Postings {
    const terms = this.byTerm.size;
    const rows = this.rows.term.size;
    const { term, entry, weight } = this.rows;
    const offsets = new Int32Array(terms + 1);
    for (let r = 0; r < rows; r++) {
      const t = (term.data[r] ?? 0) + 1;
      offsets[t] = (offsets[t] ?? 0) + 1;
    }
    for (let t = 0; t < terms; t++) offsets[t + 1] = (offsets[t + 1] ?? 0) + (offsets[t] ?? 0);
    const next = offsets.slice(0, terms);
    const entries = new Int32Array(rows);
    const weights = new Float64Array(rows);
    for (let r = 0; r < rows; r++) {
      const t = term.data[r] ?? 0;
      const at = next[t] ?? 0;
      next[t] = at + 1;
      entries[at] = entry.data[r] ?? 0;
      weights[at] = weight.data[r] ?? 0;
    }
    return { offsets, entries, weights };
  }
}

export function buildIndex(entries: Entry[]): SearchIndex {
  const builder = new IndexBuilder();
  entries.forEach((entry, at) => builder.add(entry, at));
  const terms = Array.from(builder.byTerm.keys());
  return {
    entries,
    terms,
    termIds: new Map(terms.map((term, id) => [term, id])),
    postings: builder.postings(),
    places: builder.places.toArray(),
    placeBounds: builder.placeBounds.toArray(),
  };
}
