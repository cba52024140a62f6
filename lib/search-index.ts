/**
 * The inverted index behind the search: every term of every entry, where it occurs and how
 * much that field counts, plus the lookups that make prefix and typo matching cheap.
 * Built once per catalogue; a 10,000-entry catalogue builds in well under a frame budget of
 * a page load (see bench/search.bench.ts).
 */
import type { Entry } from './catalogue';
import { tokenize, type Token } from './search-tokens';
import { addDeletions } from './search-fuzzy';

// Why these weights: the title is what the user sees and the curator chose; keywords are the
// curator's list of how people ask; the description and address are supporting text.
const FIELD_WEIGHTS = { title: 4, keywords: 2.5, description: 1, source: 0.75, url: 0.5 } as const;

/** A term's place in a title or description, so hits can highlight it. */
export type Span = [termId: number, start: number, end: number];

export interface Posting {
  entries: number[];
  weights: number[];
}

export interface SearchIndex {
  entries: Entry[];
  terms: string[];
  termIds: Map<string, number>;
  postings: Posting[];
  /** Term ids sorted by term, and by reversed term, for prefix and compound-tail lookups. */
  byTerm: number[];
  byReversed: number[];
  reversed: string[];
  /** One-letter deletions of each term -> term ids (symmetric-delete typo lookup). */
  deletions: Map<string, number[]>;
  spans: { title: Span[]; description: Span[] }[];
}

function urlWords(url: string): string {
  const path = url.replace(/^https?:\/\/(www\.)?/, '').replace(/[?#].*$/, '');
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function fieldsOf(e: Entry): [text: string, weight: number][] {
  return [
    [e.title, FIELD_WEIGHTS.title],
    [e.keywords.join(' ; '), FIELD_WEIGHTS.keywords],
    [e.description, FIELD_WEIGHTS.description],
    [`${e.publisher} ${e.kind}`, FIELD_WEIGHTS.source],
    [urlWords(e.url), FIELD_WEIGHTS.url],
  ];
}

function termId(index: SearchIndex, term: string): number {
  let id = index.termIds.get(term);
  if (id === undefined) {
    id = index.terms.push(term) - 1;
    index.termIds.set(term, id);
    index.postings.push({ entries: [], weights: [] });
  }
  return id;
}

function addEntry(index: SearchIndex, entry: Entry, at: number): void {
  const weights = new Map<number, number>();
  const toSpans = (tokens: Token[]): Span[] => tokens.map((t) => [termId(index, t.term), t.start, t.end]);
  const fields = fieldsOf(entry).map(([text, weight]) => ({ tokens: tokenize(text), weight }));
  for (const { tokens, weight } of fields) {
    const ids = new Set(tokens.map((t) => termId(index, t.term)));
    for (const id of ids) weights.set(id, (weights.get(id) ?? 0) + weight);
  }
  for (const [id, weight] of weights) {
    const posting = index.postings[id] as Posting;
    posting.entries.push(at);
    posting.weights.push(weight);
  }
  // fieldsOf lists the title first and the description third.
  index.spans.push({
    title: toSpans(fields[0]?.tokens ?? []),
    description: toSpans(fields[2]?.tokens ?? []),
  });
}

/** Ids of `strings` in the order of the strings (code-unit order, as the binary searches expect). */
function sortedIds(strings: string[]): number[] {
  const ids = strings.map((_, id) => id);
  return ids.sort((a, b) => {
    const x = strings[a] ?? '';
    const y = strings[b] ?? '';
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

export function buildIndex(entries: Entry[]): SearchIndex {
  const index: SearchIndex = {
    entries,
    terms: [],
    termIds: new Map(),
    postings: [],
    byTerm: [],
    byReversed: [],
    reversed: [],
    deletions: new Map(),
    spans: [],
  };
  entries.forEach((entry, at) => addEntry(index, entry, at));
  index.reversed = index.terms.map((t) => [...t].reverse().join(''));
  index.byTerm = sortedIds(index.terms);
  index.byReversed = sortedIds(index.reversed);
  index.terms.forEach((term, id) => addDeletions(index.deletions, term, id));
  return index;
}
