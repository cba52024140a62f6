/**
 * The data files (assets/catalogue.json, synonyms.json, terms.json, facts.json) as the extension
 * ships them: without the maintainers' `$` keys (lib/catalogue/parse.ts says which), as validation
 * returns them. wxt.config.ts applies this as it bundles them; every byte counts in the popup and
 * the worker.
 */
import { withoutMaintainerKeys } from '../catalogue/parse';

const shipped = <T>(text: string): T => withoutMaintainerKeys<T>(JSON.parse(text));

export const runtimeJson = (text: string): string => JSON.stringify(shipped(text));

/** assets/terms.json as the omnibox needs it: each card's id, names and address, no texts. */
export const termNamesJson = (text: string): string =>
  JSON.stringify({
    terms: (JSON.parse(text) as { terms: { id: string; names: string[]; url: string }[] }).terms.map(
      ({ id, names, url }) => ({ id, names, url }),
    ),
  });

type FileEntry = Record<string, unknown> & { id: string; note?: Record<string, unknown> };

const TEXT_FIELDS = { nn: ['descriptionNn', 'textNn'], en: ['descriptionEn', 'textEn'] } as const;
/** What only the search reads (lib/search/index.ts joins it back), of an entry and of its note. */
const SEARCH_FIELDS: string[] = ['descriptionEn', 'keywords', 'textEn'];
/** What the first paint leaves out, of an entry and of its note: the parts that load apart. */
const LEFT_OUT: string[] = [...TEXT_FIELDS.nn, ...TEXT_FIELDS.en, ...SEARCH_FIELDS];

const entriesOf = (text: string): FileEntry[] => shipped<{ entries: FileEntry[] }>(text).entries;

/** The fields of an entry, and of its note, whose names `keep` takes. */
function fieldsOf({ note, ...entry }: FileEntry, keep: (key: string) => boolean) {
  const pick = (item: object) => Object.fromEntries(Object.entries(item).filter(([key]) => keep(key)));
  return { ...pick(entry), ...(note ? { note: pick(note) } : {}) };
}

/**
 * `catalogue.json?paint`: the catalogue as a page paints it in bokmål, without the nynorsk and
 * English texts (`?nn`, `?en`) and without what only the search reads (`?search`).
 */
export function paintCatalogueJson(text: string): string {
  const cat = shipped<{ entries: FileEntry[] }>(text);
  const entries = cat.entries.map((entry) => fieldsOf(entry, (key) => !LEFT_OUT.includes(key)));
  return JSON.stringify({ ...cat, entries });
}

/** `catalogue.json?nn` and `?en`: each entry's description and note in that language, by id. */
export function catalogueTextsJson(text: string, language: 'nn' | 'en'): string {
  const [description, note] = TEXT_FIELDS[language];
  const texts = entriesOf(text).map((e) => [e.id, { description: e[description], note: e.note?.[note] }]);
  return JSON.stringify(Object.fromEntries(texts));
}

/** `catalogue.json?search`: by id, the entry fields only the search reads, for lib/search to join. */
export function searchFieldsJson(text: string): string {
  const fields = entriesOf(text).map((e) => [e.id, fieldsOf(e, (key) => SEARCH_FIELDS.includes(key))]);
  return JSON.stringify(Object.fromEntries(fields));
}
