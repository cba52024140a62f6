/**
 * The inverted index behind the search: every term of every entry and how much the fields
 * it occurs in count. Built in one pass with no per-token allocations and one map lookup per
 * repeated word, since a 10,000-entry catalogue has more than half a million tokens
 * (see bench/search.bench.ts).
 */
import type { Entry } from '../catalogue';
import { TermBuckets } from './buckets';
import { PostingsBuilder, type Postings } from './postings';
import { stem } from './analysis/stem';
import { eachToken } from './analysis/tokens';

// Why these weights: the title is what the user sees and the curator chose; keywords are the
// curator's list of how people ask; the description and address are supporting text.
const FIELD_WEIGHTS = [4, 2.5, 1, 0.75];

export interface SearchIndex {
  entries: Entry[];
  terms: string[];
  termIds: Map<string, number>;
  postings: Postings;
  /** Terms by their first and last letters, for prefix, compound-tail and typo lookups. */
  buckets: TermBuckets;
}

/**
 * Title, keywords, description and source, in the order of FIELD_WEIGHTS. The address is not
 * indexed: its words are site structure ("tema", "artikler"), it made no difference to the
 * measured quality (npm run eval:search), and it was an eighth of all tokens.
 */
const fieldsOf = (e: Entry) => [e.title, e.keywords.join(' ; '), e.description, `${e.publisher} ${e.kind}`];
const SOURCE_FIELD = 3;

class IndexBuilder {
  readonly entries: Entry[] = [];
  readonly terms: string[] = [];
  readonly termIds = new Map<string, number>();
  readonly buckets = new TermBuckets();
  readonly postings = new PostingsBuilder();
  /** Folded word -> term id: most words repeat, and this skips stemming them again. */
  private readonly wordIds = new Map<string, number>();
  private readonly toId = (word: string) => this.wordIds.get(word) ?? this.newWord(word);

  /** Publisher and kind repeat from entry to entry; their terms are worked out once. */
  private readonly sources = new Map<string, number[]>();

  private termIdsOf(text: string, field: number): number[] {
    const known = field === SOURCE_FIELD ? this.sources.get(text) : undefined;
    if (known) return known;
    const ids: number[] = [];
    eachToken(text, true, this.toId, (id) => ids.push(id));
    if (field === SOURCE_FIELD) this.sources.set(text, ids);
    return ids;
  }

  private newWord(word: string): number {
    const term = stem(word);
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.push(term) - 1;
      this.termIds.set(term, id);
      this.buckets.add(term, id);
    }
    this.wordIds.set(word, id);
    return id;
  }

  add(entry: Entry): void {
    const at = this.entries.push(entry) - 1;
    fieldsOf(entry).forEach((text, field) => {
      const weight = FIELD_WEIGHTS[field] ?? 0;
      for (const id of this.termIdsOf(text, field)) this.postings.add(id, at, field, weight);
    });
  }
}

export function buildIndex(entries: Entry[]): SearchIndex {
  const b = new IndexBuilder();
  for (const entry of entries) b.add(entry);
  const postings = b.postings.build(b.terms.length);
  return { entries: b.entries, terms: b.terms, termIds: b.termIds, postings, buckets: b.buckets };
}
