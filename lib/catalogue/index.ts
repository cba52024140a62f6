/**
 * The catalogue's public face: its types, the bundled data, and which entries a role has. The
 * bundled file is validated when the extension is built (wxt.config.ts, with parse.ts) and in the
 * unit tests, so pages use it as-is: validation, and ajv with it, is not on this face. Pages get
 * the part they paint from (`?paint`, lib/build/bundle-plugins.ts); the nynorsk and English texts
 * come with those languages (lib/i18n) and what only the search reads with it (lib/search).
 */
import data from '../../assets/catalogue.json?paint' with { type: 'json' };
import type { Catalogue } from './types';

export type { Catalogue, Entry, EntryNote, EntryTexts, Specialty, Successor } from './types';
export {
  ALL_ROLES,
  entriesById,
  entriesOfRole,
  findSpecialty,
  otherRolesOnly,
  groupsForRole,
  perCatalogue,
  roleChoices,
  seedEntryIds,
} from './roles';
export { decoded, findEntryByUrl, isWebUrl, siteOf, urlWords, youtubeVideoId } from './entry-url';
export { addressesOf, isRecordedFor, placesOf } from './successors';

/** The bundled catalogue, validated at build time by wxt.config.ts. */
export const catalogue: Catalogue = data;
