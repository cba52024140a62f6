/**
 * Where the guidance has moved on: an entry's dated `note`, its `successors`, and the `$sources`
 * behind each. Bad data fails validation naming the entry and the field, like everything else.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue, isRecordedFor, placesOf } from '../../../lib/catalogue';
import { parseCatalogue } from '../../../lib/catalogue/parse';

// Read from disk, not imported: what the build ships (and may one day be what tests import) has
// the maintainers' `$sources` stripped (lib/build/runtime-data.ts), and these tests are about them.
const raw: unknown = JSON.parse(
  readFileSync(new URL('../../../assets/catalogue.json', import.meta.url), 'utf8'),
);

// Tests reach into arbitrary fields of the raw JSON to break them one at a time.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type Loose = Record<string, any>;

const copy = () => structuredClone(raw) as unknown as Loose;
const entry = (c: Loose, id: string): Loose => c.entries.find((e: Loose) => e.id === id);
const offices = (c: Loose) => entry(c, 'alis-kontorene');
const plan = (c: Loose) => entry(c, 'handlingsplan-allmennlegetjenesten');
const source = { url: 'https://www.alis.no/om-alis-kontorene', checked: '2026-12-01', fact: 'Leste siden.' };

describe('the bundled catalogue records where the guidance has moved on', () => {
  it('records the grant that took over from the action plan, with a dated note', () => {
    const e = catalogue.entries.find((x) => x.id === 'handlingsplan-allmennlegetjenesten');
    expect(e?.successors?.map((s) => [s.title, s.url, s.since])).toEqual([
      [
        'Nasjonal ALIS og veiledning',
        'https://www.helsedirektoratet.no/tilskudd/nasjonal-alis-og-veiledning',
        '2022',
      ],
    ]);
    expect(e?.note?.text).toMatch(/^Planperioden 2020–2024 er over\./);
  });

  it('records alis.no and samlis.no for the ALIS offices', () => {
    const e = catalogue.entries.find((x) => x.id === 'alis-kontorene');
    expect(e?.successors?.map((s) => new URL(s.url).hostname)).toEqual(['www.alis.no', 'www.samlis.no']);
  });

  it('keeps the roles exactly as the seed has them: successors are never listed entries', () => {
    const listed = new Set([
      ...catalogue.roles.flatMap((r) => r.groups.flatMap((g) => g.entries)),
      ...(catalogue.specialties ?? []).flatMap((s) => s.entries),
    ]);
    const entryUrls = new Set(catalogue.entries.map((e) => e.url));
    for (const e of catalogue.entries) {
      expect(listed.has(e.id), e.id).toBe(true);
      for (const s of e.successors ?? []) expect(entryUrls.has(s.url), s.url).toBe(false);
    }
  });

  it('parses notes and successors as written, and leaves maintainers’ sources out', () => {
    const parsed = parseCatalogue(raw);
    const e = parsed.entries.find((x) => x.id === 'alis-kontorene');
    expect(e?.successors?.[1]).toEqual({
      title: 'Om ALIS og SamLIS rådgivingskontor',
      url: 'https://www.samlis.no/om-samlis-kontorene',
      since: '2022-05',
      note: 'Fra mai 2022 gir kontorene også råd om spesialistutdanningen i samfunnsmedisin (SamLIS).',
    });
    expect(JSON.stringify(parsed)).not.toContain('$sources');
    // Entries without updates stay without the keys.
    expect(Object.keys(parsed.entries[0] ?? {})).not.toContain('successors');
  });
});

describe('parseCatalogue rejects a bad note, successor or source, naming entry and field', () => {
  const cases: [string, (c: Loose) => void, RegExp][] = [
    [
      'malformed successor URL',
      (c) => (offices(c).successors[0].url = 'https://www.alis[no/om'),
      /entry "alis-kontorene" successors\[0\], field "url": "https:\/\/www\.alis\[no\/om" is not a valid URL/,
    ],
    [
      'successor over plain http',
      (c) => (offices(c).successors[1].url = 'http://www.samlis.no/'),
      /entry "alis-kontorene" successors\[1\], field "url": .* must be an https:\/\/ address/,
    ],
    [
      'successor with a javascript: URL',
      (c) => (offices(c).successors[0].url = 'javascript:alert(1)'),
      /entry "alis-kontorene" successors\[0\], field "url": "javascript:alert\(1\)" must be an https:\/\/ address/,
    ],
    [
      'successor missing its title',
      (c) => delete offices(c).successors[1].title,
      /entry "alis-kontorene" successors\[1\], field "title": is missing/,
    ],
    [
      'successor with an empty title',
      (c) => (offices(c).successors[0].title = ' '),
      /entry "alis-kontorene" successors\[0\], field "title": must not be empty/,
    ],
    [
      'since as words',
      (c) => (plan(c).successors[0].since = 'mai 2022'),
      /entry "handlingsplan-allmennlegetjenesten" successors\[0\], field "since": "mai 2022" must be a year or an ISO date/,
    ],
    [
      'since with month 13',
      (c) => (plan(c).successors[0].since = '2022-13'),
      /successors\[0\], field "since": "2022-13"/,
    ],
    [
      'since missing',
      (c) => delete plan(c).successors[0].since,
      /entry "handlingsplan-allmennlegetjenesten" successors\[0\], field "since": is missing/,
    ],
    [
      'successor note that is not text',
      (c) => (plan(c).successors[0].note = 42),
      /successors\[0\], field "note": must be a string/,
    ],
    [
      'successors empty',
      (c) => (offices(c).successors = []),
      /entry "alis-kontorene", field "successors": must not be empty/,
    ],
    [
      'successors not a list',
      (c) => (offices(c).successors = { title: 'x' }),
      /entry "alis-kontorene", field "successors": must be an array/,
    ],
    [
      'a successor that is not an object',
      (c) => (offices(c).successors[0] = 'https://www.alis.no/'),
      /entry "alis-kontorene", field "successors\[0\]": must be an object/,
    ],
    [
      'a page succeeding itself',
      (c) => (offices(c).successors[0].url = offices(c).url),
      /entry "alis-kontorene" successors\[0\], field "url": .* is already this entry's/,
    ],
    [
      'the same successor twice',
      (c) => (offices(c).successors[1].url = offices(c).successors[0].url),
      /entry "alis-kontorene" successors\[1\], field "url": .* is already this entry's/,
    ],
    [
      'note as plain text',
      (c) => (plan(c).note = 'Perioden er over'),
      /entry "handlingsplan-allmennlegetjenesten", field "note": must be an object/,
    ],
    [
      'note without a date',
      (c) => delete plan(c).note.asOf,
      /entry "handlingsplan-allmennlegetjenesten" note, field "asOf": is missing/,
    ],
    [
      'note with a Norwegian date',
      (c) => (plan(c).note.asOf = '16.05.2025'),
      /entry "handlingsplan-allmennlegetjenesten" note, field "asOf": "16\.05\.2025" must be a year/,
    ],
    [
      'note with empty text',
      (c) => (plan(c).note.text = ''),
      /entry "handlingsplan-allmennlegetjenesten" note, field "text": must not be empty/,
    ],
    [
      'source over plain http',
      (c) => (offices(c).successors[0].$sources[0].url = 'http://www.alis.no/'),
      /entry "alis-kontorene" successors\[0\] \$sources\[0\], field "url": .* must be an https:\/\/ address/,
    ],
    [
      'source checked on a day that does not exist',
      (c) => (plan(c).note.$sources[1].checked = '2026-02-30'),
      /entry "handlingsplan-allmennlegetjenesten" note \$sources\[1\], field "checked": "2026-02-30" must be a day that exists/,
    ],
    [
      'source checked in the month only',
      (c) => (plan(c).successors[0].$sources[0].checked = '2026-12'),
      /successors\[0\] \$sources\[0\], field "checked": "2026-12" must be a day that exists/,
    ],
    [
      'source without its fact',
      (c) => delete offices(c).successors[1].$sources[0].fact,
      /entry "alis-kontorene" successors\[1\] \$sources\[0\], field "fact": is missing/,
    ],
    [
      'sources empty',
      (c) => (plan(c).note.$sources = []),
      /entry "handlingsplan-allmennlegetjenesten" note, field "\$sources": must not be empty/,
    ],
    [
      'sources on an entry, malformed',
      (c) => (c.entries[0].$sources = [{ ...source, url: 'nope' }]),
      /entry "spesialistforskriften" \$sources\[0\], field "url": "nope" must be an https:\/\/ address/,
    ],
  ];

  it.each(cases)('%s', (_name, breakIt, message) => {
    const data = copy();
    breakIt(data);
    expect(() => parseCatalogue(data)).toThrow(message);
  });

  it('in a full (translated) catalogue, a successor or note without sources is refused', () => {
    const data = copy();
    delete offices(data).successors[1].$sources;
    expect(() => parseCatalogue(data)).toThrow(
      /entry "alis-kontorene" successors\[1\], field "\$sources": is missing/,
    );
    const noted = copy();
    delete plan(noted).note.$sources;
    expect(() => parseCatalogue(noted)).toThrow(
      /entry "handlingsplan-allmennlegetjenesten" note, field "\$sources": is missing/,
    );
  });

  it('a bokmål-only catalogue made up for a test needs no sources on its successors and notes', () => {
    const data = copy();
    for (const e of data.entries) {
      delete e.descriptionNn;
      delete e.descriptionEn;
      for (const key of ['textNn', 'textEn', '$sources']) delete e.note?.[key];
      for (const s of e.successors ?? []) delete s.$sources;
    }
    expect(plan(data).note.$sources).toBeUndefined();
    expect(() => parseCatalogue(data)).not.toThrow();
  });
});

describe('successor helpers', () => {
  const e = catalogue.entries.find((x) => x.id === 'alis-kontorene');
  if (!e) throw new Error('the bundled catalogue lost alis-kontorene');

  it('placesOf tells an entry’s own address from a successor’s', () => {
    expect(placesOf(catalogue, e.url).map((p) => [p.entry.id, p.successor?.title])).toEqual([
      ['alis-kontorene', undefined],
    ]);
    expect(
      placesOf(catalogue, 'https://www.samlis.no/om-samlis-kontorene').map((p) => p.successor?.title),
    ).toEqual(['Om ALIS og SamLIS rådgivingskontor']);
    expect(placesOf(catalogue, 'https://example.org/')).toEqual([]);
  });

  it('isRecordedFor knows recorded successors, loosely compared, and nothing else', () => {
    expect(isRecordedFor(e, 'https://alis.no/om-alis-kontorene/')).toBe(true);
    expect(isRecordedFor(e, 'https://www.ks.no/fagomrader/helse-og-omsorg/legetjenester/aliskontorene')).toBe(
      true,
    );
    expect(isRecordedFor(e, 'https://www.alis.no/')).toBe(false);
    expect(isRecordedFor(e, 'not a url')).toBe(false);
  });
});
