/**
 * The inverted index behind the search: for each term, the entries it occurs in and how much the
 * fields it occurs in weigh there.
 */
import type { Entry } from '../catalogue';
import { stem } from './analysis/stem';
import { isSubjectTerm } from './analysis/stopwords';
import { tokenize } from './analysis/tokens';

export interface SearchIndex {
  entries: Entry[];
  /**
   * Term -> its postings as pairs, flat: an entry (by position, in catalogue order), then the
   * weights of the entry's fields the term occurs in, each field counted once. Flat, as one
   * small object per posting (50,000 of them at 1,000 entries) doubled the index build.
   */
  postings: Map<string, number[]>;
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

/** The fields of an entry, as bits, so a term counts once per field. */
const Field = { Title: 1, Description: 2, Keywords: 4, Source: 8 } as const;

/** "https://www.alis.no/om" -> "alis.no"; '' for an address that does not parse. */
function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * The fields of an entry with their weights and text. A successor counts as a second title and a
 * note as a second description: a word found in both counts once, so a page does not outrank its
 * peers for having been replaced or annotated. The entry's own address is not indexed: its words
 * are site structure ("tema", "artikler") and made no difference to the measured quality (npm run
 * eval:search). A successor's site is, as people name a page by its site. Descriptions and notes
 * count in bokmål and English, so an English reader's words find what they see. Nynorsk is left
 * out: its words are close to bokmål's, and they cost a measured hit (npm run eval:search).
 */
function fieldsOf(entry: Entry): [field: number, weight: number, text: string][] {
  const successors = entry.successors ?? [];
  const { note } = entry;
  const notes = [note?.text, note?.textEn, ...successors.map((s) => s.note)];
  const descriptions = [entry.description, entry.descriptionEn];
  return [
    [Field.Title, TITLE, entry.title],
    [Field.Description, TEXT, descriptions.filter((d) => d !== undefined).join(' ; ')],
    [Field.Keywords, KEYWORDS, (entry.keywords ?? []).join(' ; ')],
    [Field.Source, SOURCE, `${entry.publisher} ${entry.kind}`],
    [Field.Title, SUCCESSOR, successors.map((s) => `${s.title} ; ${siteOf(s.url)}`).join(' ; ')],
    [Field.Description, TEXT, notes.filter((n) => n !== undefined).join(' ; ')],
  ];
}

export function buildIndex(entries: Entry[]): SearchIndex {
  const postings = new Map<string, number[]>();
  // Words repeat across a catalogue: each is stemmed once.
  const stems = new Map<string, string>();
  const termOf = (word: string) => {
    let term = stems.get(word);
    if (term === undefined) stems.set(word, (term = stem(word)));
    return term;
  };
  entries.forEach((entry, at) => {
    const fieldsOfTerm = new Map<string, number>();
    for (const [field, weight, text] of fieldsOf(entry)) {
      for (const { term } of tokenize(text, true, termOf)) {
        const counted = fieldsOfTerm.get(term) ?? 0;
        if ((counted & field) !== 0) continue;
        fieldsOfTerm.set(term, counted | field);
        // Entries come in order, so this entry's posting, if any, is the term's last.
        const list = postings.get(term);
        if (list === undefined) postings.set(term, [at, weight]);
        else if (list[list.length - 2] === at) list[list.length - 1] = (list.at(-1) ?? 0) + weight;
        else list.push(at, weight);
      }
    }
  });
  return { entries, postings };
}

/**
 * Whether some entry names the term in a title or its keywords: what the catalogue is about.
 * A word every page shares ("lege", stopwords.ts) is no topic of its own.
 */
export function isTopic(index: SearchIndex, term: string): boolean {
  if (isSubjectTerm(term)) return false;
  const postings = index.postings.get(term) ?? [];
  return postings.some((weight, i) => i % 2 === 1 && weight >= KEYWORDS);
}
