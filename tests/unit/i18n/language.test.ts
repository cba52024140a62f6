/**
 * Languages: every text exists in bokmål, nynorsk and English, every text is still used somewhere,
 * and the browser's languages lead to a sensible choice.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../lib/catalogue';
import { LANGUAGES, loadMessages, resolveLanguage, workerMessages } from '../../../lib/i18n';
import { en } from '../../../lib/i18n/en';
import { nb } from '../../../lib/i18n/nb';
import { nn } from '../../../lib/i18n/nn';

const PAGE_MESSAGES = { nb, nn, en };

const ROOT = join(__dirname, '../../..');
const MESSAGE_FILES = new Set(['nb', 'nn', 'en', 'worker'].map((l) => join('lib/i18n', `${l}.ts`)));
const SOURCE_DIRS = ['components', 'entrypoints', 'lib'];

/** Every source file that can show text, except the message files themselves. */
function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !MESSAGE_FILES.has(path) ? [path] : [];
  });
}

/** The shape of a message tree: nested keys, with what kind of value each holds. */
// Maps whose keys are whatever the catalogue holds: each language names only what it translates.
const MAPS = new Set(['kindNames', 'publisherNames', 'groupTitles']);

function shape(value: unknown, at = ''): string[] {
  if (typeof value === 'function') return [`${at}: function`];
  if (typeof value === 'string') return [`${at}: string`];
  if (MAPS.has(at)) return [`${at}: map`];
  return Object.entries(value as object).flatMap(([key, v]) => shape(v, at ? `${at}.${key}` : key));
}

function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [String(value('X', 2, 'Y'))];
  return Object.values(value as object).flatMap(texts);
}

describe('messages', () => {
  it.each(LANGUAGES)('%s has exactly the keys bokmål has, none empty', (language) => {
    for (const [m, bokmal] of [
      [PAGE_MESSAGES[language], nb],
      [workerMessages[language], workerMessages.nb],
    ]) {
      expect(shape(m).sort()).toEqual(shape(bokmal).sort());
      for (const text of texts(m)) expect(text.trim()).not.toBe('');
    }
  });

  it.each(LANGUAGES)(
    'loads %s on its own, as pages do, with the catalogue’s texts in it',
    async (language) => {
      const { entryTexts, ...loaded } = await loadMessages(language);
      const { entryTexts: inModule, ...own } = PAGE_MESSAGES[language];
      expect(loaded).toEqual(own);
      expect(inModule).toEqual({});
      // Bokmål's are the entries' own; the others have one for every entry (texts.test.ts compares them).
      expect(Object.keys(entryTexts)).toHaveLength(language === 'nb' ? 0 : catalogue.entries.length);
    },
  );

  it('translates every role of the catalogue, and bokmål keeps the catalogue’s own names', () => {
    for (const language of LANGUAGES) {
      expect(Object.keys(PAGE_MESSAGES[language].roleNames).sort()).toEqual(
        catalogue.roles.map((r) => r.id).sort(),
      );
    }
    for (const role of catalogue.roles) {
      expect(nb.roleNames[role.id as keyof typeof nb.roleNames]).toEqual({
        name: role.name,
        summary: role.summary,
      });
    }
  });

  it('uses every message somewhere in the code', () => {
    const code = ['wxt.config.ts', ...SOURCE_DIRS.flatMap(sourceFiles)]
      .map((path) => readFileSync(join(ROOT, path), 'utf8'))
      .join('\n');
    // Read as a property (m.key) or named in quotes (msg('extName')); a bare word could be anything.
    const unused = [...Object.keys(nb), ...Object.keys(workerMessages.nb)].filter(
      (key) => !new RegExp(`[.'"]${key}\\b`).test(code),
    );
    expect(unused, 'messages no code uses any more').toEqual([]);
  });
});

describe('language from the browser', () => {
  it.each([
    ['nb', 'nb'],
    ['nb-NO', 'nb'],
    ['no', 'nb'],
    ['no_NO', 'nb'],
    ['nn-NO', 'nn'],
    ['NN', 'nn'],
    ['en-GB', 'en'],
    ['en-US', 'en'],
    ['sv-SE', 'nb'],
    ['da', 'nb'],
    ['de', null],
    ['', null],
  ])('reads %s as %s', (tag, expected) => {
    // A tag that tells nothing (null) leaves the choice to the next one.
    expect(resolveLanguage('auto', [tag, 'nn'])).toBe(expected ?? 'nn');
    expect(resolveLanguage('auto', [tag, 'en'])).toBe(expected ?? 'en');
  });

  it.each([
    [['nb-NO', 'nb', 'en'], 'nb'],
    [['nn-NO', 'nb', 'en'], 'nn'],
    [['no'], 'nb'],
    [['en-US'], 'en'],
    [['de-DE', 'nn'], 'nn'],
    [['de-DE', 'de'], 'en'],
    [['pl', 'uk'], 'en'],
    [[], 'nb'],
  ] as const)('follows %j to %s', (languages, expected) => {
    expect(resolveLanguage('auto', languages)).toBe(expected);
  });

  it('lets the user’s choice win over the browser', () => {
    expect(resolveLanguage('nn', ['en-US'])).toBe('nn');
    expect(resolveLanguage('en', ['nb-NO'])).toBe('en');
  });
});
