/** Texts that other code builds on: omnibox XML, section headings, manifest locale files. */
import { describe, expect, it } from 'vitest';
import { LANGUAGES, workerMessages } from '../../../lib/i18n';
import {
  LOCALE_FOLDERS,
  MANIFEST_MESSAGE_KEYS,
  localeMessagesJson,
} from '../../../lib/build/manifest-locales';
import { en } from '../../../lib/i18n/en';
import { defaultSuggestion } from '../../../lib/omnibox';
import { sectionHeading } from '../../../lib/list';
import { parseDescription, textOf } from '../omnibox/helpers';

describe.each(LANGUAGES)('texts in %s', (language) => {
  const m = workerMessages[language];

  it('gives Chrome well-formed omnibox XML, with the typed text in <match>', () => {
    expect(() => parseDescription(defaultSuggestion('', 'chrome', m))).not.toThrow();
    const doc = parseDescription(defaultSuggestion('a<b & "c"', 'chrome', m));
    expect(textOf(doc, 'match')).toEqual(['a<b & "c"']);
  });

  it('writes manifest messages both browsers accept (names, lengths)', () => {
    const json = JSON.parse(localeMessagesJson(language)) as Record<string, { message: string }>;
    expect(Object.keys(json)).toEqual([...MANIFEST_MESSAGE_KEYS]);
    for (const key of Object.keys(json)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
    // Chrome's limits: name 75 characters, description 132.
    expect(json.extName?.message.length).toBeLessThanOrEqual(75);
    expect(json.extDescription?.message.length).toBeLessThanOrEqual(132);
    expect(JSON.stringify(json)).not.toContain('$'); // $ starts a placeholder in messages.json
  });
});

describe('section headings', () => {
  it('translates the headings Spes writes and keeps catalogue headings as published', () => {
    const heading = (kind: Parameters<typeof sectionHeading>[0]['kind'], title?: string) =>
      sectionHeading({ kind, title, items: [] }, en);
    expect(heading('other-roles')).toBe('From other roles');
    expect(heading('related')).toBe('Related guidance');
    expect(heading('org', '')).toBe('From your workplace');
    expect(heading('org', 'Vakt')).toBe('From your workplace: Vakt');
    expect(heading('group', 'Utdanningsplaner')).toBe('Utdanningsplaner');
  });

  it('names one locale folder per language, with bokmål as Chromium names it', () => {
    expect(LOCALE_FOLDERS).toEqual({ nb: 'nb', nn: 'nn', en: 'en' });
  });
});
