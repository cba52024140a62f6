/**
 * Validates raw catalogue data. Every failure names the entry (or role) and the field,
 * so a maintainer who breaks assets/catalogue.json sees exactly where, at build time.
 */
import { webAddress } from './entry-url';
import type { Catalogue, Entry, EntryNote, Group, MergedGroups, Role, Successor } from './types';

export class CatalogueError extends Error {
  override name = 'CatalogueError';
}

type Obj = Record<string, unknown>;

function fail(where: string, field: string, problem: string): never {
  throw new CatalogueError(`catalogue: ${where}, field "${field}": ${problem}`);
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function text(o: Obj, field: string, where: string): string {
  const v = o[field];
  if (typeof v !== 'string') fail(where, field, 'must be a string');
  if (v.trim() === '') fail(where, field, 'must not be empty');
  return v;
}

function list(o: Obj, field: string, where: string): unknown[] {
  const v = o[field];
  if (!Array.isArray(v)) fail(where, field, 'must be an array');
  return v;
}

export interface ParseOptions {
  /**
   * Hosts allowed over plain http. Only the test build sets this, for its local server
   * (wxt.config.ts, SPES_CATALOGUE); the real catalogue is https-only.
   */
  allowInsecureHosts?: readonly string[];
  /**
   * Every `note` and every successor must carry its own `$sources` (docs/catalogue.md). The
   * bundled catalogue is held to this by tests/unit/catalogue/sources.test.ts; small catalogues
   * made up in tests need not be.
   */
  requireSources?: boolean;
}

/** An address by the rule every link follows (./entry-url.ts), and https unless allowed. */
function httpsUrl(o: Obj, where: string, options: ParseOptions, field = 'url'): string {
  const raw = text(o, field, where);
  const parsed = webAddress(raw);
  if (parsed === 'invalid') fail(where, field, `"${raw}" is not a valid URL`);
  if (parsed === 'credentials') fail(where, field, `"${raw}" must not hold a user name or password`);
  const insecureOk =
    parsed !== 'not-web' &&
    parsed.protocol === 'http:' &&
    options.allowInsecureHosts?.includes(parsed.hostname);
  if (parsed === 'not-web' || (parsed.protocol !== 'https:' && !insecureOk))
    fail(where, field, `"${raw}" must use https`);
  return parsed.href;
}

// A year, a month or a day: "2022", "2022-01", "2022-01-31".
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

function partialDate(o: Obj, field: string, where: string): string {
  const v = text(o, field, where);
  if (!PARTIAL_DATE.test(v))
    fail(where, field, `"${v}" must be a year or an ISO date (2022, 2022-01, 2022-01-31)`);
  return v;
}

function optionalText(o: Obj, field: string, where: string): string | undefined {
  return o[field] === undefined ? undefined : text(o, field, where);
}

// A whole day that exists: "2026-12-01", not "2026-02-30".
function isoDay(o: Obj, field: string, where: string): string {
  const v = text(o, field, where);
  const day = /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : null;
  if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== v)
    fail(where, field, `"${v}" must be the day it was checked, as an ISO date (2026-12-01)`);
  return v;
}

/**
 * `$sources`: where a fact was read and when. For maintainers only: it never ships
 * (lib/build/runtime-data.ts), but a malformed one fails the build like any other field.
 */
function checkSources(o: Obj, where: string, options: ParseOptions): void {
  const list = o.$sources;
  if (list === undefined) {
    if (options.requireSources) fail(where, '$sources', 'is required: say where this was read and when');
    return;
  }
  if (!Array.isArray(list) || list.length === 0) fail(where, '$sources', 'must be a non-empty array');
  list.forEach((s: unknown, i) => {
    const at = `${where} $sources[${i}]`;
    if (!isObj(s)) fail(at, '(source)', 'must be an object with "url", "checked" and "fact"');
    httpsUrl(s, at, {});
    isoDay(s, 'checked', at);
    text(s, 'fact', at);
  });
}

function parseSuccessor(v: unknown, where: string, options: ParseOptions): Successor {
  if (!isObj(v)) fail(where, '(successor)', 'must be an object with "title", "url" and "since"');
  const note = optionalText(v, 'note', where);
  const successor = {
    title: text(v, 'title', where),
    url: httpsUrl(v, where, options),
    since: partialDate(v, 'since', where),
    ...(note === undefined ? {} : { note }),
  };
  checkSources(v, where, options);
  return successor;
}

function parseNote(v: unknown, where: string, options: ParseOptions): EntryNote {
  if (!isObj(v)) fail(where, 'note', 'must be an object with "text" and "asOf"');
  const at = `${where} note`;
  const note = { text: text(v, 'text', at), asOf: partialDate(v, 'asOf', at) };
  checkSources(v, at, options);
  return note;
}

/** The optional `note` and `successors` of an entry; absent fields stay absent. */
function parseUpdates(
  v: Obj,
  url: string,
  where: string,
  options: ParseOptions,
): Pick<Entry, 'note' | 'successors'> {
  const out: Pick<Entry, 'note' | 'successors'> = {};
  if (v.note !== undefined) out.note = parseNote(v.note, where, options);
  if (v.successors !== undefined) {
    const list = v.successors;
    if (!Array.isArray(list) || list.length === 0) fail(where, 'successors', 'must be a non-empty array');
    const successors = list.map((s: unknown, i) => parseSuccessor(s, `${where} successors[${i}]`, options));
    const seen = new Set([url]);
    successors.forEach((s, i) => {
      // A page cannot succeed itself, and one successor listed twice would show twice.
      if (seen.has(s.url)) fail(`${where} successors[${i}]`, 'url', `"${s.url}" is already this entry's`);
      seen.add(s.url);
    });
    out.successors = successors;
  }
  return out;
}

function parseEntry(v: unknown, index: number, options: ParseOptions): Entry {
  const at = `entries[${index}]`;
  if (!isObj(v)) fail(at, '(entry)', 'must be an object');
  const id = text(v, 'id', at);
  const where = `entry "${id}"`;
  const keywords = list(v, 'keywords', where).map((k, i) => {
    if (typeof k !== 'string' || k.trim() === '') fail(where, `keywords[${i}]`, 'must be a non-empty string');
    return k;
  });
  const url = httpsUrl(v, where, options);
  const entry: Entry = {
    id,
    title: text(v, 'title', where),
    url,
    publisher: text(v, 'publisher', where),
    kind: text(v, 'kind', where),
    description: text(v, 'description', where),
    keywords,
    ...parseUpdates(v, url, where, options),
  };
  // An entry's own `$sources` (for its description, say) are welcome but never required.
  checkSources(v, where, { ...options, requireSources: false });
  return entry;
}

function parseGroup(v: unknown, where: string, ids: Set<string>): Group {
  if (!isObj(v)) fail(where, '(group)', 'must be an object');
  const title = text(v, 'title', where);
  const entries = list(v, 'entries', `${where} "${title}"`).map((ref, i) => {
    if (typeof ref !== 'string' || !ids.has(ref)) {
      fail(`${where} "${title}"`, `entries[${i}]`, `"${String(ref)}" is not an entry id`);
    }
    return ref;
  });
  if (entries.length === 0) fail(`${where} "${title}"`, 'entries', 'must not be empty');
  return { title, entries };
}

function parseRole(v: unknown, index: number, ids: Set<string>): Role {
  if (!isObj(v)) fail(`roles[${index}]`, '(role)', 'must be an object');
  const id = text(v, 'id', `roles[${index}]`);
  const where = `role "${id}"`;
  const groups = list(v, 'groups', where).map((g, i) => parseGroup(g, `${where} groups[${i}]`, ids));
  if (groups.length === 0) fail(where, 'groups', 'must not be empty');
  return { id, name: text(v, 'name', where), summary: text(v, 'summary', where), groups };
}

function assertUnique<T>(
  items: T[],
  key: (item: T) => string,
  label: (item: T) => string,
  field: string,
): void {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(key(item))) fail(label(item), field, `"${key(item)}" is used twice`);
    seen.add(key(item));
  }
}

/** `allRoles`: each merged heading joins group titles that some role really has. */
function parseMergedGroups(raw: unknown, roles: Role[]): MergedGroups[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) fail('catalogue', 'allRoles', 'must be an array');
  const titles = new Set(roles.flatMap((r) => r.groups.map((g) => g.title)));
  return raw.map((v: unknown, i) => {
    const where = `allRoles[${i}]`;
    if (!isObj(v)) fail(where, '(merged groups)', 'must be an object');
    const groups = list(v, 'groups', where).map((t, k) => {
      if (typeof t !== 'string' || !titles.has(t))
        fail(where, `groups[${k}]`, `"${String(t)}" is no role's group title`);
      return t;
    });
    if (groups.length < 2) fail(where, 'groups', 'must join at least two group titles');
    return { title: text(v, 'title', where), groups };
  });
}

/** Validates raw catalogue data; throws a CatalogueError naming the entry and field at fault. */
export function parseCatalogue(raw: unknown, options: ParseOptions = {}): Catalogue {
  if (!isObj(raw)) fail('catalogue', '(root)', 'must be an object');
  if (raw.version !== 1) fail('catalogue', 'version', `must be 1, got ${JSON.stringify(raw.version)}`);
  const entries = list(raw, 'entries', 'catalogue').map((e, i) => parseEntry(e, i, options));
  const entryLabel = (e: Entry) => `entry "${e.id}"`;
  assertUnique(entries, (e) => e.id, entryLabel, 'id');
  assertUnique(entries, (e) => e.url, entryLabel, 'url');
  const ids = new Set(entries.map((e) => e.id));
  const roles = list(raw, 'roles', 'catalogue').map((r, i) => parseRole(r, i, ids));
  assertUnique(
    roles,
    (r) => r.id,
    (r) => `role "${r.id}"`,
    'id',
  );
  const used = new Set(roles.flatMap((r) => r.groups.flatMap((g) => g.entries)));
  const unused = entries.find((e) => !used.has(e.id));
  if (unused) fail(`entry "${unused.id}"`, 'id', 'is not used by any role');
  const allRoles = parseMergedGroups(raw.allRoles, roles);
  return { version: 1, entries, roles, ...(allRoles ? { allRoles } : {}) };
}
