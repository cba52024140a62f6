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
