/**
 * The inverted index behind the search: for each term, the entries it occurs in and how much the
 * fields it occurs in weigh there.
 */
import { siteOf, type Entry } from '../catalogue';
import { isSubjectTerm } from './analysis/stopwords';
import { tokenize } from './analysis/tokens';

export interface SearchIndex {
  entries: Entry[];
  /**
   * Term -> the entries it occurs in (by position, in catalogue order), each with the weights
   * of the entry's fields the term occurs in, added up, each field counted once. A list, not a
   * map per term: building thousands of small maps took about a third of the index build.
   */
  postings: Map<string, [at: number, weight: number][]>;
}

// Why these weights: the title is what the user sees and the curator chose. A successor (the
// page that has taken over) names the same thing, a little less directly: its title and its
// site ("alis.no"), as a second title. Keywords are the curator's list of how people ask. The
// description and the dated notes are supporting text; the publisher and kind say least.
const TITLE = 4;
const SUCCESSOR = 3.5;
const KEYWORDS = 2.5;
const TEXT = 1;
const SOURCE = 0.75;

/**
 * The fields of an entry, each as texts with their weights: a term counts once per field, at the
 * weight of its field's first text it occurs in. A successor counts as a second title and a note
 * as a second description, so a page does not outrank its peers for having been replaced or
 * annotated. The entry's own address is not indexed: its words are site structure ("tema",
 * "artikler") and made no difference to the measured quality (npm run eval:search). A
 * successor's site is, as people name a page by its site. Descriptions and notes count in bokmål
 * and English, so an English reader's words find what they see. Nynorsk is left out: its words
 * are close to bokmål's, and they cost a measured hit (npm run eval:search).
 */
function fieldsOf(entry: Entry): [weight: number, text: string][][] {
  const successors = entry.successors ?? [];
  const { note } = entry;
  const notes = [note?.text, note?.textEn, ...successors.map((s) => s.note)];
  const texts = [entry.description, entry.descriptionEn, ...notes].filter((t) => t !== undefined);
  return [
    [
      [TITLE, entry.title],
      [SUCCESSOR, successors.map((s) => `${s.title} ; ${siteOf(s.url)}`).join(' ; ')],
    ],
    [[TEXT, texts.join(' ; ')]],
    [[KEYWORDS, (entry.keywords ?? []).join(' ; ')]],
    [[SOURCE, `${entry.publisher} ${entry.kind}`]],
  ];
}

export function buildIndex(entries: Entry[]): SearchIndex {
  const postings = new Map<string, [at: number, weight: number][]>();
  entries.forEach((entry, at) => {
    const weights = new Map<string, number>();
    for (const field of fieldsOf(entry)) {
      const seen = new Set<string>();
      for (const [weight, text] of field)
        for (const { term } of tokenize(text)) {
          if (seen.has(term)) continue;
          seen.add(term);
          weights.set(term, (weights.get(term) ?? 0) + weight);
        }
    }
    for (const [term, weight] of weights) {
      const found = postings.get(term);
      if (found) found.push([at, weight]);
      else postings.set(term, [[at, weight]]);
    }
  });
  return { entries, postings };
}

/**
 * Whether some entry names the term in a title or its keywords: what the catalogue is about.
 * A word every page shares ("lege", stopwords.ts) is no topic of its own.
 */
export function isTopic(index: SearchIndex, term: string): boolean {
  const found = index.postings.get(term) ?? [];
  return !isSubjectTerm(term) && found.some(([, weight]) => weight >= KEYWORDS);
}
