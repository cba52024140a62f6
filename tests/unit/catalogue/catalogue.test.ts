import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../../lib/catalogue/parse';
import raw from '../../../assets/catalogue.json' with { type: 'json' };

// Tests reach into arbitrary fields of the raw JSON to break them one at a time.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type Loose = Record<string, any>;

/** A deep copy of the bundled data, to break one field at a time. */
const copy = () => structuredClone(raw) as unknown as Loose;

// The file as maintainers write it; the pages get it in parts (lib/build/bundle-plugins.ts).
const catalogue = parseCatalogue(raw);

describe('the bundled catalogue', () => {
  it('passes validation', () => {
    expect(() => parseCatalogue(raw)).not.toThrow();
  });

  it("has the seed's 23 distinct URLs in 72 placements in the seed's groups of the four roles", () => {
    const placements = catalogue.roles.flatMap((r) =>
      r.groups.filter((g) => !g.own).flatMap((g) => g.entries),
    );
    expect(placements).toHaveLength(72);
    expect(new Set(placements).size).toBe(23);
    expect(catalogue.roles.map((r) => r.id)).toEqual([
      'kommune-leder',
      'sykehus-leder',
      'lis',
      'kommune-veileder',
    ]);
  });

  it('gives every entry searchable keywords and a short description', () => {
    for (const entry of catalogue.entries) {
      expect(entry.keywords?.length, entry.id).toBeGreaterThanOrEqual(5);
      expect(entry.description.length, entry.id).toBeLessThanOrEqual(300);
    }
  });

  it('says every description and note in nynorsk and English as well, each its own text', () => {
    for (const entry of catalogue.entries) {
      const texts = [entry.description, entry.descriptionNn, entry.descriptionEn];
      expect(new Set(texts).size, entry.id).toBe(3);
      if (entry.note) expect(new Set([entry.note.text, entry.note.textNn, entry.note.textEn]).size).toBe(3);
    }
  });
});

describe('parseCatalogue rejects broken data, naming entry and field', () => {
  const cases: [string, (c: Loose) => void, RegExp][] = [
    [
      'not an object',
      (c) => Object.assign(c, { entries: 'x' }),
      /catalogue, field "entries": must be an array/,
    ],
    ['wrong version', (c) => (c.version = 2), /field "version": must be 1/],
    [
      'empty title',
      (c) => (c.entries[2].title = '  '),
      /entry "alis-for-dummies", field "title": must not be empty/,
    ],
    [
      'missing publisher',
      (c) => delete c.entries[0].publisher,
      /entry "spesialistforskriften", field "publisher"/,
    ],
    [
      'http URL',
      (c) => (c.entries[1].url = 'http://example.org/'),
      /entry "spesialistutdanning", field "url": "http:\/\/example.org\/" must be an https:\/\/ address/,
    ],
    [
      'invalid URL',
      (c) => (c.entries[1].url = 'https://exa[mple.org/'),
      /entry "spesialistutdanning", field "url": .* is not a valid URL/,
    ],
    [
      'space inside a URL',
      (c) => (c.entries[1].url = 'https://example.org/a b'),
      /entry "spesialistutdanning", field "url": .* no spaces or line breaks around it or in it/,
    ],
    [
      'duplicate id',
      (c) => (c.entries[1].id = c.entries[0].id),
      /entry "spesialistforskriften", field "id": .* used twice/,
    ],
    [
      'duplicate URL',
      (c) => (c.entries[3].url = c.entries[0].url),
      /entry "rundskriv-i-2-2019", field "url": .* used twice/,
    ],
    [
      'bad keyword',
      (c) => (c.entries[0].keywords[1] = ''),
      /entry "spesialistforskriften", field "keywords\[1\]"/,
    ],
    [
      'unknown entry in group',
      (c) => c.roles[0].groups[0].entries.push('nope'),
      /role "kommune-leder" groups\[0\].*"nope" is not an entry id/,
    ],
    [
      'empty group',
      (c) => (c.roles[1].groups[0].entries = []),
      /role "sykehus-leder" groups\[0\].*field "entries": must not be empty/,
    ],
    [
      'duplicate role',
      (c) => (c.roles[1].id = 'kommune-leder'),
      /role "kommune-leder", field "id": .* used twice/,
    ],
    [
      'missing English description',
      (c) => delete c.entries[2].descriptionEn,
      /entry "alis-for-dummies", field "descriptionEn": is missing/,
    ],
    [
      'empty nynorsk description',
      (c) => (c.entries[0].descriptionNn = ' '),
      /entry "spesialistforskriften", field "descriptionNn": must not be empty/,
    ],
    [
      'note without its English text',
      (c) => delete c.entries[9].note.textEn,
      /entry "handlingsplan-allmennlegetjenesten" note, field "textEn": is missing/,
    ],
    [
      'explains an unknown entry',
      (c) => (c.entries[3].explains = ['spesialistforskrift']),
      /entry "rundskriv-i-2-2019", field "explains\[0\]": "spesialistforskrift" is no other entry's id/,
    ],
    [
      'explains itself',
      (c) => (c.entries[3].explains = ['rundskriv-i-2-2019']),
      /entry "rundskriv-i-2-2019", field "explains\[0\]"/,
    ],
    [
      'unused entry',
      (c) => c.entries.push({ ...c.entries[0], id: 'orphan', url: 'https://example.org/orphan' }),
      /entry "orphan", field "id": is not used by any role/,
    ],
    [
      "an entry in Spes's own group without $sources",
      (c) => {
        c.entries.push({ ...c.entries[0], id: 'beyond', url: 'https://example.org/beyond' });
        c.roles[0].groups.push({ title: 'Egen', own: true, entries: ['beyond'] });
      },
      /entry "beyond", field "\$sources": is missing/,
    ],
    [
      'a specialty listing an unknown entry',
      (c) => {
        c.specialties = [
          {
            id: 'ort',
            name: 'Ortopedisk kirurgi',
            nameEn: 'Orthopaedics',
            route: 'direct',
            entries: ['nope'],
          },
        ];
      },
      /specialty "ort", field "entries\[0\]": "nope" is not an entry id/,
    ],
  ];
  it.each(cases)('%s', (_name, breakIt, message) => {
    const data = copy();
    breakIt(data);
    expect(() => parseCatalogue(data)).toThrow(message);
  });

  it('rejects something that is not a catalogue at all', () => {
    expect(() => parseCatalogue(null)).toThrow(/must be an object/);
    expect(() => parseCatalogue([])).toThrow(/must be an object/);
  });
});
