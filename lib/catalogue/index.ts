/**
 * The catalogue's public face: its types, the bundled data, and which entries a role has. The
 * bundled file is validated when the extension is built (wxt.config.ts, with parse.ts) and in the
 * unit tests, so pages use it as-is: validation, and ajv with it, is not on this face. Pages get
 * the part they paint from (`?paint`, lib/build/bundle-plugins.ts); the nynorsk and English texts
 * come with those languages (lib/i18n) and what only the search reads with it (lib/search).
 */
import data from '../../assets/catalogue.json?paint' with { type: 'json' };
import type { Catalogue, Entry } from './types';

export type {
  Catalogue,
  Entry,
  EntryFields,
  EntryNote,
  EntryTexts,
  Group,
  MergedGroups,
  Role,
  Specialty,
  SpecialtyRoute,
  Successor,
} from './types';
export { ALL_ROLES, entriesOfRole, groupsForRole, roleChoices, seedEntryIds, type GroupView } from './roles';
export { findEntryByUrl, isWebUrl, urlWords, youtubeVideoId } from './entry-url';
export { joinEntryFields } from './join';
export { isRecordedFor, placesOf, type UrlPlace } from './successors';

/** The bundled catalogue, validated at build time by wxt.config.ts. */
export const catalogue: Catalogue = data;

/**
 * `build` made once per catalogue object: the user view hands out the same catalogue until the
 * organisation's links change (lib/policy/user-view.ts), so what is derived from it lasts as long.
 */
export function perCatalogue<T>(build: (cat: Catalogue) => T): (cat: Catalogue) => T {
  const made = new WeakMap<Catalogue, T>();
  return (cat) => {
    if (!made.has(cat)) made.set(cat, build(cat));
    return made.get(cat) as T;
  };
}

/** Looks entries up by id. */
export const entriesById = perCatalogue(
  (cat): ReadonlyMap<string, Entry> => new Map(cat.entries.map((e) => [e.id, e])),
);
