/**
 * Validates raw catalogue data: by its JSON schema (assets/catalogue.schema.json, with ajv), then
 * by the cross-checks a schema cannot express. Every failure names the entry (or role) and the
 * field, so a maintainer who breaks assets/catalogue.json sees exactly where, at build time.
 *
 * Build time and tests only (wxt.config.ts, scripts, tests): the pages use the bundled data as the
 * build validated it (index.ts), and this module is not on the folder's face, so ajv, a
 * devDependency, never reaches the extension.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import schema from '../../assets/catalogue.schema.json' with { type: 'json' };
import { webAddress } from './entry-url';
import type { Catalogue, Entry } from './types';

export class CatalogueError extends Error {
  override name = 'CatalogueError';
}

export interface ParseOptions {
  /**
   * Hosts allowed over plain http. Only the test build sets this, for its local server
   * (wxt.config.ts, SPES_CATALOGUE); the real catalogue is https-only.
   */
  allowInsecureHosts?: readonly string[];
  /**
   * Every `note` and every successor must carry its own `$sources`, as the schema says
   * (docs/catalogue.md). The bundled catalogue is held to this by
   * tests/unit/catalogue/sources.test.ts; small catalogues made up in tests need not be.
   */
  requireSources?: boolean;
}

function fail(where: string, field: string, problem: string): never {
  throw new CatalogueError(`catalogue: ${where}, field "${field}": ${problem}`);
}

/** A day that exists: "2026-12-01", not "2026-02-30". */
function isDay(text: string): boolean {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : null;
  return day !== null && !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

// What a pattern of the schema means, in words, for the value that failed it.
const PATTERNS: Record<string, (value: string) => string> = {
  [schema.definitions.text.pattern]: () => 'must not be empty',
  [schema.definitions.id.pattern]: (v) => `${v} must be lowercase letters and digits joined by hyphens`,
  [schema.definitions.partialDate.pattern]: (v) =>
    `${v} must be a year or an ISO date (2022, 2022-01, 2022-01-31)`,
  [schema.definitions.pageUrl.pattern]: (v) => `${v} must be an https:// address`,
};

const validators = new Map<string, ValidateFunction>();

const TRANSLATIONS = ['descriptionNn', 'descriptionEn', 'textNn', 'textEn'];

/**
 * Whether the catalogue has Spes's own texts in nynorsk and English. The bundled one has them in
 * every text (tests/unit/catalogue/catalogue.test.ts), and then none may be missing; a small
 * catalogue made up for a test is bokmål only.
 */
const isTranslated = (raw: unknown) =>
  Array.isArray((raw as { entries?: unknown } | null)?.entries) &&
  (raw as { entries: unknown[] }).entries.some(
    (e) => typeof e === 'object' && e !== null && 'descriptionNn' in e,
  );

/**
 * The schema as `options` read it: `$sources` optional, loopback hosts allowed over http, and the
 * translations optional in a catalogue that has none.
 */
function validatorFor(
  { allowInsecureHosts = [], requireSources = false }: ParseOptions,
  translated: boolean,
): ValidateFunction {
  const key = JSON.stringify([allowInsecureHosts, requireSources, translated]);
  const known = validators.get(key);
  if (known) return known;
  const definitions = structuredClone(schema.definitions);
  if (!requireSources)
    for (const d of [definitions.note, definitions.successor])
      d.required = d.required.filter((k) => k !== '$sources');
  if (!translated)
    for (const d of [definitions.entry, definitions.note])
      d.required = d.required.filter((k) => !TRANSLATIONS.includes(k));
  const hosts = allowInsecureHosts.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (hosts.length > 0) {
    definitions.pageUrl.pattern = `^(https://|http://(${hosts.join('|')})[:/])`;
    PATTERNS[definitions.pageUrl.pattern] = (v) =>
      `${v} must be an https:// address or on ${allowInsecureHosts.join(', ')}`;
  }
  const ajv = new Ajv({ verbose: true }).addFormat('uri', URL.canParse).addFormat('date', isDay);
  const validate = ajv.compile({ ...schema, definitions });
  validators.set(key, validate);
  return validate;
}

function problemOf(error: ErrorObject): string {
  const value = JSON.stringify(error.data);
  const limit = error.params.limit as number;
  switch (error.keyword) {
    case 'type':
      return `must be ${/^[aeiou]/.test(error.params.type as string) ? 'an' : 'a'} ${error.params.type}`;
    case 'const':
      return `must be ${JSON.stringify(error.params.allowedValue)}, got ${value}`;
    case 'required':
      return 'is missing';
    case 'additionalProperties':
      return 'is not a field the schema knows';
    case 'minItems':
      return limit === 1 ? 'must not be empty' : `must list at least ${limit}`;
    case 'maxLength':
      return `must be at most ${limit} characters`;
    case 'pattern':
      return (
        PATTERNS[error.params.pattern as string]?.(value) ?? `${value} must match ${error.params.pattern}`
      );
    case 'format':
      return error.params.format === 'date'
        ? `${value} must be the day it was checked, as an ISO date (2026-12-01)`
        : `${value} is not a valid URL`;
    default:
      return error.message ?? 'is not valid';
  }
}

/**
 * Where an error is, as people read it: `entry "alis-kontorene" successors[0]` and `url`. The
 * field is the last name on the path with the indexes after it (`keywords[1]`); an entry or a
 * role is named by its id.
 */
function placeOf(error: ErrorObject, raw: unknown): [where: string, field: string] {
  const path = error.instancePath.split('/').slice(1);
  const missing = error.params.missingProperty ?? error.params.additionalProperty;
  if (typeof missing === 'string') path.push(missing);
  let last = path.length - 1;
  while (last > 0 && /^\d+$/.test(path[last] ?? '')) last--;
  const words: string[] = [];
  let value = raw as Record<string, unknown> | undefined;
  for (let i = 0; i < last; i++) {
    const key = path[i] ?? '';
    const index = /^\d+$/.test(path[i + 1] ?? '') ? path[++i] : undefined;
    value = value?.[key] as Record<string, unknown> | undefined;
    if (index === undefined) {
      words.push(key);
      continue;
    }
    value = value?.[index] as Record<string, unknown> | undefined;
    const id = i === 1 && (key === 'entries' || key === 'roles') ? value?.id : undefined;
    words.push(
      typeof id === 'string' ? `${key === 'entries' ? 'entry' : 'role'} "${id}"` : `${key}[${index}]`,
    );
  }
  const field =
    last < 0
      ? '(root)'
      : `${path[last]}${path
          .slice(last + 1)
          .map((i) => `[${i}]`)
          .join('')}`;
  return [words.join(' ') || 'catalogue', field];
}

function assertUnique<T>(items: T[], key: (item: T) => string, label: (item: T) => string, field: string) {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(key(item))) fail(label(item), field, `"${key(item)}" is used twice`);
    seen.add(key(item));
  }
}

const entryLabel = (e: Entry) => `entry "${e.id}"`;

/** The rule every link follows, the organisation's too (./entry-url.ts), past the schema's. */
function checkAddress(url: string, where: string): void {
  if (webAddress(url) === 'credentials') fail(where, 'url', `"${url}" must not hold a user name or password`);
  if (url !== url.trim()) fail(where, 'url', `"${url}" must have no spaces or line breaks around it`);
}

/** What the schema cannot say: unique ids and addresses, and references that lead somewhere. */
function crossCheck(cat: Catalogue): void {
  assertUnique(cat.entries, (e) => e.id, entryLabel, 'id');
  assertUnique(cat.entries, (e) => e.url, entryLabel, 'url');
  assertUnique(
    cat.roles,
    (r) => r.id,
    (r) => `role "${r.id}"`,
    'id',
  );
  for (const e of cat.entries) {
    // A page cannot succeed itself, and one successor listed twice would show twice.
    const urls = [e.url, ...(e.successors ?? []).map((s) => s.url)];
    urls.forEach((url, i) =>
      checkAddress(url, i === 0 ? entryLabel(e) : `${entryLabel(e)} successors[${i - 1}]`),
    );
    urls.forEach((url, i) => {
      if (i > 0 && urls.indexOf(url) < i)
        fail(`${entryLabel(e)} successors[${i - 1}]`, 'url', `"${url}" is already this entry's`);
    });
  }
  const ids = new Set(cat.entries.map((e) => e.id));
  for (const e of cat.entries) {
    (e.explains ?? []).forEach((id, i) => {
      if (!ids.has(id) || id === e.id)
        fail(entryLabel(e), `explains[${i}]`, `"${id}" is no other entry's id`);
    });
  }
  for (const role of cat.roles) {
    role.groups.forEach((group, g) =>
      group.entries.forEach((id, i) => {
        if (!ids.has(id))
          fail(`role "${role.id}" groups[${g}]`, `entries[${i}]`, `"${id}" is not an entry id`);
      }),
    );
  }
  assertUnique(
    cat.specialties ?? [],
    (s) => s.id,
    (s) => `specialty "${s.id}"`,
    'id',
  );
  for (const specialty of cat.specialties ?? [])
    specialty.entries.forEach((id, i) => {
      if (!ids.has(id)) fail(`specialty "${specialty.id}"`, `entries[${i}]`, `"${id}" is not an entry id`);
    });
  const used = new Set([
    ...cat.roles.flatMap((r) => r.groups.flatMap((g) => g.entries)),
    ...(cat.specialties ?? []).flatMap((s) => s.entries),
  ]);
  const unused = cat.entries.find((e) => !used.has(e.id));
  if (unused) fail(entryLabel(unused), 'id', 'is not used by any role or specialty');
  const titles = new Set(cat.roles.flatMap((r) => r.groups.map((g) => g.title)));
  (cat.allRoles ?? []).forEach((merged, i) =>
    merged.groups.forEach((title, k) => {
      if (!titles.has(title)) fail(`allRoles[${i}]`, `groups[${k}]`, `"${title}" is no role's group title`);
    }),
  );
}

/**
 * Every address beyond the seed says where it was seen: an entry that no group of the seed's
 * lists (in Spes's own groups or a specialty's) must carry `$sources`, which the schema checks
 * and the build then strips. Read before stripping.
 */
type WithSources = Pick<Catalogue, 'roles'> & { entries: (Entry & { $sources?: unknown })[] };

function checkSourcesBeyondSeed(raw: WithSources): void {
  const seed = new Set(raw.roles.flatMap((r) => r.groups.filter((g) => !g.own).flatMap((g) => g.entries)));
  const missing = raw.entries.find((e) => !seed.has(e.id) && e.$sources === undefined);
  if (missing) fail(entryLabel(missing), '$sources', 'is missing: say where the address was seen, and when');
}

/**
 * Validates raw catalogue data; throws a CatalogueError naming the entry and field at fault.
 * Returns it without the maintainers' `$` keys (`$sources`, `$schema`), which never ship
 * (lib/build/runtime-data.ts).
 */
export function parseCatalogue(raw: unknown, options: ParseOptions = {}): Catalogue {
  const validate = validatorFor(options, isTranslated(raw));
  if (!validate(raw)) {
    const error = validate.errors?.[0] as ErrorObject;
    fail(...placeOf(error, raw), problemOf(error));
  }
  const cat = JSON.parse(JSON.stringify(raw), (key, value: unknown) =>
    key.startsWith('$') ? undefined : value,
  );
  crossCheck(cat as Catalogue);
  checkSourcesBeyondSeed(raw as WithSources);
  return cat as Catalogue;
}
