/** The answers' shapes: assets/terms.json and assets/facts.json as ./parse.ts validates them. */

/** Spes's own texts in the three UI languages. */
export interface Texts {
  nb: string;
  nn: string;
  en: string;
}

/** A "what is ...?" card. */
export interface Term extends Texts {
  id: string;
  /** How people name the term, in any of the languages; the first is the card's heading. */
  names: string[];
  /** The authority's page that defines the term. */
  url: string;
}

/** A dated fact: shown to its roles from `from` to `until`, both days included, then never again. */
export interface Fact extends Texts {
  id: string;
  /** Role ids of the catalogue (assets/catalogue.json). */
  roles: string[];
  /** Specialties it concerns, as the specialty's Norwegian name: a LIS sees it only with one of them chosen. */
  specialties?: string[];
  /** The page that says so, and the day it was read. */
  source: string;
  checked: string;
  /** ISO days. */
  from: string;
  until: string;
  /** What a search for the fact may say (any language); matched like the search's words. */
  keywords: string[];
}
