/**
 * The data files (assets/catalogue.json, synonyms.json, terms.json, facts.json) as the extension
 * ships them. One rule: a key that starts with `$` (`$schema`, `$comment`, a synonym group's
 * `$note`, an entry's `$sources`, a card's `$seenIn`) is for maintainers and never ships.
 * wxt.config.ts applies this as it bundles them; every byte counts in the popup and the worker.
 */
const forMaintainers = (key: string): boolean => key.startsWith('$');

export const runtimeJson = (text: string): string =>
  JSON.stringify(JSON.parse(text), (key, value: unknown) => (forMaintainers(key) ? undefined : value));

/** assets/terms.json as the omnibox needs it: each card's id, names and address, no texts. */
export const termNamesJson = (text: string): string =>
  JSON.stringify({
    terms: (JSON.parse(text) as { terms: { id: string; names: string[]; url: string }[] }).terms.map(
      ({ id, names, url }) => ({ id, names, url }),
    ),
  });

type FileEntry = Record<string, unknown> & { id: string; note?: Record<string, unknown> };

const TEXT_FIELDS = { nn: ['descriptionNn', 'textNn'], en: ['descriptionEn', 'textEn'] } as const;
/** What only the search reads (lib/search/index.ts joins it back). */
const SEARCH_FIELDS = ['descriptionEn', 'keywords'] as const;
const SEARCH_NOTE_FIELDS = ['textEn'] as const;
const LEFT_OUT = ['descriptionNn', 'descriptionEn', 'keywords'];
const LEFT_OUT_OF_NOTES = ['textNn', 'textEn'];

const entriesOf = (text: string): FileEntry[] =>
  (JSON.parse(runtimeJson(text)) as { entries: FileEntry[] }).entries;

const without = (item: Record<string, unknown>, keys: readonly string[]) =>
  Object.fromEntries(Object.entries(item).filter(([key]) => !keys.includes(key)));

const only = (item: Record<string, unknown> | undefined, keys: readonly string[]) =>
  Object.fromEntries(Object.entries(item ?? {}).filter(([key]) => keys.includes(key)));

/**
 * `catalogue.json?paint`: the catalogue as a page paints it in bokmål, without the nynorsk and
 * English texts (`?nn`, `?en`) and without what only the search reads (`?search`).
 */
export function paintCatalogueJson(text: string): string {
  const cat = JSON.parse(runtimeJson(text)) as { entries: FileEntry[] };
  const entries = cat.entries.map(({ note, ...entry }) => ({
    ...without(entry, LEFT_OUT),
    ...(note ? { note: without(note, LEFT_OUT_OF_NOTES) } : {}),
  }));
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
  const fields = entriesOf(text).map((e) => {
    const note = only(e.note, SEARCH_NOTE_FIELDS);
    return [e.id, { ...only(e, SEARCH_FIELDS), ...(Object.keys(note).length > 0 ? { note } : {}) }];
  });
  return JSON.stringify(Object.fromEntries(fields));
}
