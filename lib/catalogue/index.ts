/**
 * The catalogue's public face: its types, the bundled data, and which entries a role has. The
 * bundled file is validated when the extension is built (wxt.config.ts, with parse.ts) and in the
 * unit tests, so pages use it as-is: validation, and ajv with it, is not on this face.
 */
import data from '../../assets/catalogue.json' with { type: 'json' };
import type { Catalogue, Entry } from './types';

export type { Catalogue, Entry, EntryNote, Group, MergedGroups, Role, Successor } from './types';
export { ALL_ROLES, entriesOfRole, groupsForRole, roleName, roleSummary, type GroupView } from './roles';
export { findEntryByUrl, isWebUrl, urlKey, urlWords, youtubeVideoId } from './entry-url';
export { formatPartialDate, isRecordedFor, placesOf, type UrlPlace } from './successors';

/** The bundled catalogue, validated at build time by wxt.config.ts. */
export const catalogue = data as unknown as Catalogue;

/** Looks entries up by id. */
export function entriesById(cat: Catalogue): Map<string, Entry> {
  return new Map(cat.entries.map((e) => [e.id, e]));
}
