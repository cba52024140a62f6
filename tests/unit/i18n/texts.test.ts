/** Texts that other code builds on: omnibox XML, section headings, manifest locale files. */
import { describe, expect, it } from 'vitest';
import raw from '../../../assets/catalogue.json' with { type: 'json' };
import { catalogue, type Catalogue } from '../../../lib/catalogue';
import {
  entryDescription,
  entryLabels,
  formatDate,
  formatPartialDate,
  LANGUAGES,
  loadMessages,
  noteText,
  sectionHeading,
  workerMessages,
} from '../../../lib/i18n';
import { DEFAULT_LOCALE, localeMessagesJson } from '../../../lib/build/manifest-locales';
import { en } from '../../../lib/i18n/en';
import { nb } from '../../../lib/i18n/nb';
import { defaultSuggestion } from '../../../lib/omnibox';
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
    // The keys the manifest and the popup's page refer to as __MSG_key__.
    expect(Object.keys(json).sort()).toEqual(['actionTitle', 'commandOpen', 'extDescription', 'extName']);
    for (const key of Object.keys(json)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
    // Chrome's limits: name 75 characters, description 132.
    expect(json.extName?.message.length).toBeLessThanOrEqual(75);
    expect(json.extDescription?.message.length).toBeLessThanOrEqual(132);
    expect(JSON.stringify(json)).not.toContain('$'); // $ starts a placeholder in messages.json
  });
});

describe('section headings', () => {
  it('translates the headings Spes writes, and keeps a catalogue heading it has no words for', () => {
    const heading = (kind: Parameters<typeof sectionHeading>[0]['kind'], title?: string) =>
      sectionHeading({ kind, title, items: [] }, en);
    expect(heading('other-roles')).toBe('From other roles');
    expect(heading('related')).toBe('Related guidance');
    expect(heading('org', '')).toBe('From your workplace');
    expect(heading('org', 'Vakt')).toBe('From your workplace: Vakt');
    expect(heading('group', 'Utdanningsplaner')).toBe('Utdanningsplaner');
    // The chosen specialty by its name in the UI language, as the picker lists it.
    const specialty = catalogue.specialties?.find((s) => s.id === 'ort');
    expect(sectionHeading({ kind: 'specialty', specialty, items: [] }, en)).toBe(
      'Your specialty: Orthopaedic surgery',
    );
    expect(sectionHeading({ kind: 'specialty', specialty, items: [] }, nb)).toBe(
      'Din spesialitet: Ortopedisk kirurgi',
    );
  });

  it.each(['nn', 'en'] as const)('translates every heading of the seed into %s', async (language) => {
    const m = await loadMessages(language);
    const titles = [
      ...catalogue.roles.flatMap((r) => r.groups.map((g) => g.title)),
      ...(catalogue.allRoles ?? []).map((g) => g.title),
    ];
    for (const title of titles) {
      const heading = sectionHeading({ kind: 'group', title, items: [] }, m);
      expect(heading, title).toBe(m.groupTitles[title]);
      expect(heading, title).toBeTruthy();
    }
    expect(sectionHeading({ kind: 'group', title: 'Avtaler og tilskudd', items: [] }, en)).toBe(
      'Agreements and grants',
    );
    expect(sectionHeading({ kind: 'group', title: 'Avtaler og tilskudd', items: [] }, nb)).toBe(
      'Avtaler og tilskudd',
    );
  });

  it('names one locale folder per language, with bokmål as Chromium names it', () => {
    // wxt.config.ts writes each language's messages to a folder named as the language.
    expect(LANGUAGES).toEqual(['nb', 'nn', 'en']);
    expect(DEFAULT_LOCALE).toBe('nb');
  });
});

describe('catalogue kinds and publishers in the UI language', () => {
  const kinds = [...new Set([...catalogue.entries.map((e) => e.kind), 'lokal lenke'])];

  it.each(['nn', 'en'] as const)(
    '%s names every kind the catalogue and the organisation links use',
    async (language) => {
      const m = await loadMessages(language);
      for (const kind of kinds) expect(m.kindNames[kind], kind).toBeTruthy();
    },
  );

  it('bokmål shows every kind as the catalogue publishes it', () => {
    for (const kind of kinds) expect(entryLabels({ kind, publisher: 'Lovdata' }, nb).kind).toBe(kind);
  });

  it('speaks English in English, and keeps titles as published', async () => {
    const en = await loadMessages('en');
    const entry = catalogue.entries.find((e) => e.kind === 'forskrift') as (typeof catalogue.entries)[number];
    expect(entryLabels(entry, en).kind).toBe('regulation');
    for (const kind of ['nettside', 'forskrift', 'temaside']) expect(en.kindNames[kind]).not.toBe(kind);
    expect(entryLabels({ kind: 'lokal lenke', publisher: 'Din arbeidsplass' }, en)).toEqual({
      kind: 'local link',
      publisher: 'Your workplace',
    });
    expect(entryLabels({ kind: 'ukjent', publisher: 'Lovdata' }, en)).toEqual({
      kind: 'ukjent',
      publisher: 'Lovdata',
    });
  });

  it('says "lenkjer" in nynorsk everywhere, the clear button’s label too', async () => {
    const nn = await loadMessages('nn');
    const all = JSON.stringify(nn, (_key, value: unknown) =>
      typeof value === 'function' ? String(value) : value,
    );
    // In any case: the copied list's title and the handout's legend said "Lenker".
    expect(all).not.toMatch(/\blenke(r|ne)\b/i);
    expect(nn.shareTitleRole('LIS')).toBe('Lenkjer: LIS');
  });
});

describe('Spes’s own catalogue texts in the UI language', () => {
  // The file has every text; the pages' catalogue has bokmål's, the others come with their language.
  const file = raw as unknown as Catalogue;
  const plan = file.entries.find((e) => e.id === 'handlingsplan-allmennlegetjenesten');
  if (!plan?.note) throw new Error('the catalogue lost the action plan’s note');
  const note = plan.note;

  it.each(LANGUAGES)('gives every description and note in %s, as the file has it', async (language) => {
    const m = await loadMessages(language);
    const field = { nb: 'description', nn: 'descriptionNn', en: 'descriptionEn' } as const;
    const inFile = new Map(file.entries.map((e) => [e.id, e]));
    for (const entry of catalogue.entries) {
      expect(entryDescription(entry, m)).toBe(inFile.get(entry.id)?.[field[language]]);
    }
    expect(noteText(plan.id, note, m)).toBe({ nb: note.text, nn: note.textNn, en: note.textEn }[language]);
  });

  it('leaves the nynorsk and English texts out of the catalogue a bokmål page paints from', () => {
    const shipped = JSON.stringify(catalogue);
    expect(shipped).toContain(plan.description);
    expect(shipped).not.toContain(plan.descriptionNn);
    expect(shipped).not.toContain(note.textEn);
  });

  it('says the action plan’s note in English in English, not in bokmål', async () => {
    const english = await loadMessages('en');
    expect(noteText(plan.id, note, english)).toMatch(/^The 2020–2024 plan period is over\./);
    expect(entryDescription(plan, english)).not.toBe(plan.description);
  });

  it('gives an organisation’s link, which has one description, that one in every language', async () => {
    const orgLink = { id: 'org-1x2y3z', description: 'Intranettets side om LIS' };
    expect(entryDescription(orgLink, await loadMessages('en'))).toBe('Intranettets side om LIS');
  });
});

describe("a date (the handout's, a link check's)", () => {
  it('is written in the UI language', () => {
    const day = Date.UTC(2026, 2, 12, 12);
    expect(formatDate(day, nb)).toBe('12. mars 2026');
    expect(formatDate(day, en)).toBe('12 March 2026');
  });

  it('formatPartialDate reads a year, a month or a day in the reader’s language', () => {
    expect(formatPartialDate('2025', nb)).toBe('2025');
    expect(formatPartialDate('2025-07', nb)).toBe('juli 2025');
    expect(formatPartialDate('2025-07-17', nb)).toBe('17. juli 2025');
    expect(formatPartialDate('2025-05', en)).toBe('May 2025');
    expect(formatPartialDate('sometime', nb)).toBe('sometime');
  });
});
