/**
 * The catalogue's types and the bundled data. The bundled file is validated when the
 * extension is built (see wxt.config.ts and lib/catalogue-parse.ts) and in the unit
 * tests, so the popup can use it as-is without paying for validation on every open.
 */
import data from '../assets/catalogue.json' with { type: 'json' };

export interface Entry {
  id: string;
  title: string;
  url: string;
  publisher: string;
  kind: string;
  description: string;
  keywords: string[];
}

export interface Group {
  title: string;
  entries: string[];
}

export interface Role {
  id: string;
  name: string;
  summary: string;
  groups: Group[];
}

export interface Catalogue {
  version: 1;
  entries: Entry[];
  roles: Role[];
}

export { CatalogueError, parseCatalogue, type ParseOptions } from './catalogue-parse';

/** The bundled catalogue, validated at build time by wxt.config.ts. */
export const catalogue = data as unknown as Catalogue;

/** Looks entries up by id. */
export function entriesById(cat: Catalogue): Map<string, Entry> {
  return new Map(cat.entries.map((e) => [e.id, e]));
}
