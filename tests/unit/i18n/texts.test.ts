/** Texts that other code builds on: omnibox XML, section headings, manifest locale files. */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../lib/i18n/language';
import { ORG_GROUP_TITLE, orgGroupTitle } from '../../../lib/policy/org-links';
import {
  LOCALE_FOLDERS,
  MANIFEST_MESSAGE_KEYS,
  localeMessagesJson,
} from '../../../lib/build/manifest-locales';
import { en } from '../../../lib/i18n/en';
import { workerMessages } from '../../../lib/i18n/worker';
import { defaultSuggestion } from '../../../lib/omnibox/suggestions';
import { OTHER_ROLES_TITLE } from '../../../lib/list/view';
import { RELATED_TITLE } from '../../../lib/related/view';
import { sectionTitle } from '../../../lib/list/section-title';
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
    expect(sectionTitle(OTHER_ROLES_TITLE, en)).toBe(en.sectionTitles.otherRoles);
    expect(sectionTitle(RELATED_TITLE, en)).toBe(en.sectionTitles.related);
    expect(sectionTitle(ORG_GROUP_TITLE, en)).toBe(en.orgGroupTitle);
    const withGroup = { title: 'x', url: 'https://a.example', description: '', roles: null, group: 'Vakt' };
    expect(sectionTitle(orgGroupTitle(withGroup), en)).toBe(`${en.orgGroupTitle}: Vakt`);
    expect(sectionTitle('Utdanningsplaner', en)).toBe('Utdanningsplaner');
  });

  it('names one locale folder per language, with bokmål as Chromium names it', () => {
    expect(LOCALE_FOLDERS).toEqual({ nb: 'nb', nn: 'nn', en: 'en' });
  });
});
