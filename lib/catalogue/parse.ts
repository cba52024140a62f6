/**
 * Validates raw catalogue data by its JSON schema (assets/catalogue.schema.json, with ajv), then
 * by the cross-checks a schema cannot express; every failure names the entry (or role) and field.
 * The other data files' checks (lib/answers/parse.ts, lib/search/parse.ts) validate the same way,
 * with what this module exports. Build time and tests only: off the folder's face, so ajv, a
 * devDependency, never ships.
 */
import { Ajv, type AnySchemaObject, type ErrorObject, type ValidateFunction } from 'ajv';
import catalogueSchema from '../../assets/catalogue.schema.json' with { type: 'json' };
import { seedEntryIds } from './roles';
import { addressesOf } from './successors';
import type { Catalogue, Entry } from './types';

interface ParseOptions {
  /** Hosts allowed over plain http: only the test build's local server (wxt.config.ts). */
  allowInsecureHosts?: readonly string[];
}

type Fail = (where: string, field: string, problem: string) => never;

/** Throws what is wrong in `file`, naming the item and its field. */
export const failIn =
  (file: string): Fail =>
  (where, field, problem) => {
    throw new Error(`${file}: ${where}, field "${field}": ${problem}`);
  };
const fail = failIn('catalogue');

/** A day that exists: "2026-12-01", not "2026-02-30". */
function isDay(text: string): boolean {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : null;
  return day !== null && !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

/**
 * A full catalogue (the bundled one, translated): no text may lack its nynorsk and English, and
 * every note and successor carries its `$sources` (docs/catalogue.md). A small catalogue made up
 * for a test is bokmål only, and needs neither.
 */
const isFull = (raw: unknown) => String(JSON.stringify(raw)).includes('"descriptionNn":');
const FULL_ONLY = ['descriptionNn', 'descriptionEn', 'textNn', 'textEn', '$sources'];

/** The schema as `options` and `full` read it. */
function schemaFor({ allowInsecureHosts = [] }: ParseOptions, full: boolean): AnySchemaObject {
  const definitions = structuredClone(catalogueSchema.definitions);
  for (const d of [definitions.entry, definitions.note, definitions.successor])
    d.required = d.required.filter((k) => full || !FULL_ONLY.includes(k));
  if (allowInsecureHosts.length > 0) {
    const hosts = allowInsecureHosts.map((h) => h.replaceAll('.', '\\.')).join('|');
    const url = definitions.pageUrl;
    url.pattern = url.pattern.replace('^https://', `^(?:https://|http://(?=(?:${hosts})[:/]))`);
    url.problem += ` (or http:// on ${allowInsecureHosts.join(', ')})`;
  }
  return { ...catalogueSchema, definitions };
}

/** Compiled schemas, by their text: a variant made anew (schemaFor) is compiled once. */
const compiled = new Map<string, ValidateFunction>();

/**
 * `schema` compiled once, with the project's keyword (`problem`) and formats. The other data
 * files' schemas refer to the catalogue's definitions (an id, an address, a text), so one rule
 * says what each is.
 */
function compile(schema: AnySchemaObject): ValidateFunction {
  const key = JSON.stringify(schema);
  if (!compiled.has(key)) {
    const ajv = new Ajv({ verbose: true }).addKeyword('problem');
    ajv.addFormat('uri', URL.canParse).addFormat('date', isDay);
    if (schema.$id !== catalogueSchema.$id) ajv.addSchema(catalogueSchema);
    compiled.set(key, ajv.compile(schema));
  }
  return compiled.get(key) as ValidateFunction;
}

/** The problem in words; a pattern's comes from the schema (its `problem`), where it is defined. */
function problemOf({ keyword, params, data, parentSchema }: ErrorObject): string {
  const value = JSON.stringify(data);
  switch (keyword) {
    case 'type':
      return `must be ${/^[aeiou]/.test(params.type as string) ? 'an' : 'a'} ${params.type}`;
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}, got ${value}`;
    case 'required':
      return 'is missing';
    case 'additionalProperties':
      return 'is not a field the schema knows';
    case 'minItems':
      return params.limit === 1 ? 'must not be empty' : `must list at least ${params.limit}`;
    case 'maxLength':
      return `must be at most ${params.limit} characters`;
    case 'pattern': {
      const { problem = `{value} must match ${params.pattern}` } = parentSchema as { problem?: string };
      return problem.replace('{value}', value);
    }
    case 'format':
      return params.format === 'date'
        ? `${value} must be a day that exists, as an ISO date (2026-12-01)`
        : `${value} is not a valid URL`;
    default:
      return `is not valid (${keyword})`;
  }
}

/**
 * Where an error is, as people read it: `entry "alis-kontorene" successors[0]` and `url`. The
 * field is the last name on the path with its indexes (`keywords[1]`); an item with an id (an
 * entry, a role, a specialty) is named by it, an item of a file that is a list by the file.
 */
function placeOf(error: ErrorObject, raw: unknown, file: string): [where: string, field: string] {
  const path = error.instancePath.split('/').slice(1);
  const missing = error.params.missingProperty ?? error.params.additionalProperty;
  if (typeof missing === 'string') path.push(missing);
  const words: string[] = [];
  let value = raw;
  for (const key of path) {
    value = (value as Record<string, unknown> | null | undefined)?.[key];
    const id = (value as { id?: unknown } | null | undefined)?.id;
    if (!/^\d+$/.test(key)) words.push(key);
    else if (typeof id === 'string')
      words.push(`${words.pop()?.replace(/ies$/, 'y').replace(/s$/, '')} "${id}"`);
    else words.push(`${words.pop() ?? file}[${key}]`);
  }
  const field = words.pop() ?? '(root)';
  return [words.join(' ') || file, field];
}

/**
 * Validates `raw` by `schema` (a JSON schema of assets/); throws its first problem in words,
 * naming the file, the item and the field: `terms.json: term "fim", field "url": is missing`.
 */
export function validateBySchema(schema: AnySchemaObject, raw: unknown, file: string): void {
  const validate = compile(schema);
  if (validate(raw)) return;
  const error = validate.errors?.[0] as ErrorObject;
  failIn(file)(...placeOf(error, raw, file), problemOf(error));
}

/**
 * `raw` without the keys that start with `$` (`$schema`, `$comment`, a synonym group's `$note`, an
 * entry's `$sources`, a card's `$seenIn`): they are for maintainers, and never ship.
 */
export const withoutMaintainerKeys = <T>(raw: unknown): T =>
  JSON.parse(JSON.stringify(raw), (key, value: unknown) => (key.startsWith('$') ? undefined : value)) as T;

/** No two of `list` (entries, roles, specialties; cards, facts) share their `field`. */
export function assertUnique(
  fail: Fail,
  list: { id: string; url?: string }[],
  kind: string,
  field: 'id' | 'url' = 'id',
) {
  const seen = new Set<string | undefined>();
  for (const item of list) {
    if (seen.has(item[field])) fail(`${kind} "${item.id}"`, field, `"${item[field]}" is used twice`);
    seen.add(item[field]);
  }
}

const entryLabel = (e: Entry) => `entry "${e.id}"`;

/** Checks that each of `refs`, in `field` of the item at `where`, is `known`. */
export const referTo =
  (fail: Fail, known: Set<string>, problem: string) => (where: string, field: string, refs: string[]) =>
    refs.forEach((ref, i) => {
      if (!known.has(ref)) fail(where, `${field}[${i}]`, `"${ref}" ${problem}`);
    });

/**
 * What the schema cannot say: unique ids and addresses, references that lead somewhere, and
 * sources where an entry needs them. Read before the maintainers' `$` keys are dropped.
 */
function crossCheck(cat: Catalogue): void {
  const specialties = cat.specialties ?? [];
  assertUnique(fail, cat.entries, 'entry');
  assertUnique(fail, cat.entries, 'entry', 'url');
  assertUnique(fail, cat.roles, 'role');
  assertUnique(fail, specialties, 'specialty');
  const ids = new Set(cat.entries.map((e) => e.id));
  const toEntry = referTo(fail, ids, 'is not an entry id');
  for (const e of cat.entries) {
    // A page cannot succeed itself, and one successor listed twice would show twice.
    const urls = addressesOf(e);
    urls.forEach((url, i) => {
      if (urls.indexOf(url) < i)
        fail(`${entryLabel(e)} successors[${i - 1}]`, 'url', `"${url}" is already this entry's`);
    });
    const others = new Set([...ids].filter((id) => id !== e.id));
    referTo(fail, others, "is no other entry's id")(entryLabel(e), 'explains', e.explains ?? []);
  }
  for (const role of cat.roles)
    role.groups.forEach((g, i) => toEntry(`role "${role.id}" groups[${i}]`, 'entries', g.entries));
  for (const s of specialties) toEntry(`specialty "${s.id}"`, 'entries', s.entries);
  const used = new Set([
    ...cat.roles.flatMap((r) => r.groups.flatMap((g) => g.entries)),
    ...specialties.flatMap((s) => s.entries),
  ]);
  const unused = cat.entries.find((e) => !used.has(e.id));
  if (unused) fail(entryLabel(unused), 'id', 'is not used by any role or specialty');
  const titles = new Set(cat.roles.flatMap((r) => r.groups.map((g) => g.title)));
  const toTitle = referTo(fail, titles, "is no role's group title");
  (cat.allRoles ?? []).forEach((m, i) => toTitle(`allRoles[${i}]`, 'groups', m.groups));
  // Every address beyond the seed says where it was seen: an entry no group of the seed's lists
  // (in Spes's own groups or a specialty's) must carry `$sources`, which the schema checks.
  const seed = seedEntryIds(cat);
  const unsourced = cat.entries.find((e) => !seed.has(e.id) && !('$sources' in e));
  if (unsourced)
    fail(entryLabel(unsourced), '$sources', 'is missing: say where the address was seen, and when');
}

/**
 * Validates raw catalogue data; throws an error naming the entry and field at fault. Returns it
 * without the maintainers' `$` keys, as it ships (lib/build/runtime-data.ts).
 */
export function parseCatalogue(raw: unknown, options: ParseOptions = {}): Catalogue {
  validateBySchema(schemaFor(options, isFull(raw)), raw, 'catalogue');
  crossCheck(raw as Catalogue);
  return withoutMaintainerKeys(raw);
}
