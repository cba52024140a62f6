/**
 * Validates assets/terms.json and assets/facts.json at build time (wxt.config.ts) and in the
 * unit tests; every failure names the file, the item and the field. A fact is a dated claim, and
 * a wrong date is worse than none: a fact without a source, a checked day or an end date fails
 * the build. Off the folder's face, like lib/catalogue/parse.ts: pages use the data as built.
 */
import type { Fact, Term } from './types';

type Raw = Record<string, unknown>;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANGUAGES = ['nb', 'nn', 'en'] as const;

/** A day that exists: "2026-12-01", not "2026-02-30". */
function isDay(text: unknown): text is string {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
/** A list of texts, at least `min` of them. */
const isTexts = (v: unknown, min = 1): v is string[] =>
  Array.isArray(v) && v.length >= min && v.every(isText);
const isPage = (v: unknown): v is string =>
  typeof v === 'string' && /^https:\/\/\S+$/.test(v) && URL.canParse(v);

/** The items of `file`'s list, each checked by `check`, ids unique, maintainers' `$` keys dropped. */
function parseList<T>(raw: unknown, file: string, list: string, check: (item: Raw, fail: Fail) => void): T[] {
  const items = (raw as Raw | null)?.[list];
  if (!Array.isArray(items)) throw new Error(`${file}: "${list}" must be a list`);
  const seen = new Set<unknown>();
  return items.map((item: unknown, i) => {
    const it = (typeof item === 'object' && item !== null ? item : {}) as Raw;
    const label = typeof it.id === 'string' ? `"${it.id}"` : `[${i}]`;
    const fail: Fail = (field, problem) => {
      throw new Error(`${file}: ${list.slice(0, -1)} ${label}, field "${field}": ${problem}`);
    };
    if (typeof it.id !== 'string' || !ID.test(it.id))
      fail('id', 'must be lowercase letters and digits joined by hyphens');
    if (seen.has(it.id)) fail('id', 'is used twice');
    seen.add(it.id);
    for (const language of LANGUAGES)
      if (!isText(it[language])) fail(language, 'must be a text in this language');
    check(it, fail);
    return Object.fromEntries(Object.entries(it).filter(([key]) => !key.startsWith('$'))) as T;
  });
}

type Fail = (field: string, problem: string) => never;

function checkTerm(it: Raw, fail: Fail): void {
  if (!isTexts(it.names)) fail('names', 'must list at least one name');
  if (!isPage(it.url)) fail('url', "must be the https:// address of the authority's page");
}

export const parseTerms = (raw: unknown): Term[] => parseList<Term>(raw, 'terms.json', 'terms', checkTerm);

/** Validates the facts; `roles` are the catalogue's role ids. */
export function parseFacts(raw: unknown, roles: readonly string[]): Fact[] {
  return parseList<Fact>(raw, 'facts.json', 'facts', (it, fail) => {
    if (!Array.isArray(it.roles) || it.roles.length === 0) fail('roles', 'must list at least one role');
    const unknown = (it.roles as unknown[]).find((role) => !roles.includes(role as string));
    if (unknown !== undefined) fail('roles', `${JSON.stringify(unknown)} is no role of the catalogue`);
    if (!isPage(it.source))
      fail('source', 'is missing: a dated fact needs the https:// address that says so');
    if (!isDay(it.checked))
      fail('checked', 'must be the day the source was read, as an ISO date (2026-12-04)');
    if (!isDay(it.from)) fail('from', 'must be the first day to show it, as an ISO date');
    if (!isDay(it.until))
      fail('until', 'is missing: a dated fact needs the last day to show it, as an ISO date');
    if ((it.until as string) < (it.from as string)) fail('until', 'must not be before "from"');
    if (!isTexts(it.keywords)) fail('keywords', 'must list at least one');
    if (it.specialties !== undefined && !isTexts(it.specialties, 0))
      fail('specialties', 'must be a list of specialty names');
  });
}
