/**
 * The inverted index behind the search: for each term, the entries it occurs in and how much
 * the fields it occurs in weigh there; for each entry, where each word of its title and
 * description sits in the text as published, so a hit's highlights are a lookup.
 */
import type { Entry } from '../catalogue';
import { stem } from './analysis/stem';
import { eachToken } from './analysis/tokens';

export interface Posting {
  entry: number;
  /** The weights of the entry's fields the term occurs in, each field counted once. */
  weight: number;
}

/** A word of a title or description: its term, and its span in the original text. */
export interface PlacedTerm {
  term: string;
  start: number;
  end: number;
}

export interface SearchIndex {
  entries: Entry[];
  postings: Map<string, Posting[]>;
  /** By entry, as in `entries`. */
  placed: { title: PlacedTerm[]; description: PlacedTerm[] }[];
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

function placeTerms(text: string): PlacedTerm[] {
  const placed: PlacedTerm[] = [];
  eachToken(text, true, stem, (term, start, end) => placed.push({ term, start, end }));
  return placed;
}

function termsOf(text: string): string[] {
  const terms: string[] = [];
  eachToken(text, true, stem, (term) => terms.push(term));
  return terms;
}

/**
 * The entry's fields as [weight, terms]. Its own address is not indexed: its words are site
 * structure ("tema", "artikler") and made no difference to the measured quality
 * (npm run eval:search). A successor's site is, as people name a page by its site.
 */
function fieldsOf(entry: Entry, placed: SearchIndex['placed'][number]): [number, string[]][] {
  const successors = entry.successors ?? [];
  return [
    [TITLE, placed.title.map((p) => p.term)],
    [SUCCESSOR, termsOf(successors.map((s) => `${s.title} ; ${siteOf(s.url)}`).join(' ; '))],
    [KEYWORDS, termsOf(entry.keywords.join(' ; '))],
    [TEXT, placed.description.map((p) => p.term)],
    [TEXT, termsOf([entry.note?.text ?? '', ...successors.map((s) => s.note ?? '')].join(' ; '))],
    [SOURCE, termsOf(`${entry.publisher} ${entry.kind}`)],
  ];
}

export function buildIndex(entries: Entry[]): SearchIndex {
  const postings = new Map<string, Posting[]>();
  const placed = entries.map((entry, at) => {
    const words = { title: placeTerms(entry.title), description: placeTerms(entry.description) };
    const weights = new Map<string, number>();
    for (const [weight, terms] of fieldsOf(entry, words)) {
      for (const term of new Set(terms)) weights.set(term, (weights.get(term) ?? 0) + weight);
    }
    for (const [term, weight] of weights) {
      const list = postings.get(term);
      if (list) list.push({ entry: at, weight });
      else postings.set(term, [{ entry: at, weight }]);
    }
    return words;
  });
  return { entries, postings, placed };
}
