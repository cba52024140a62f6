/**
 * The data files (assets/catalogue.json, assets/synonyms.json) as the extension ships them:
 * without `$schema`, `$comment` and the synonym groups' `note`s, which only maintainers read.
 * wxt.config.ts applies this as it bundles them; every byte counts in the popup and the worker.
 */
const forMaintainers = (key: string): boolean => key.startsWith('$') || key === 'note';

export const runtimeJson = (text: string): string =>
  JSON.stringify(JSON.parse(text), (key, value: unknown) => (forMaintainers(key) ? undefined : value));
