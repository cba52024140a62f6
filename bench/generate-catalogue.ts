/**
 * A deterministic synthetic catalogue of any size for the search benchmark: entries shaped
 * like the real ones (title, description, keywords, publisher, URL; about 550 characters; now
 * and then a dated note or a successor page) mixing the bundled catalogue's own words with
 * made-up ones. Made-up words come from a pool drawn with a skew, as word frequencies are; at
 * 1,000 entries that gives about 3,700 distinct terms, instead of a few hundred words repeated.
 */
import type { Catalogue, Entry } from '../lib/catalogue';

/** mulberry32: a tiny seeded PRNG, so every run benchmarks the same catalogue. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const SYLLABLES =
  'ka ve ri lo mus ten spe sia list for skrift plan dan ning mål ler kom pe tan se hel sa ord rå'.split(' ');
const PUBLISHERS = ['Helsedirektoratet', 'KS', 'Lovdata', 'Regjeringen', 'Legeforeningen', 'RegUt Sør-Øst'];
const KINDS = ['veiledning', 'PDF', 'temaside', 'video', 'e-læringskurs', 'forskrift'];
const ROLE_IDS = ['kommune-leder', 'sykehus-leder', 'lis', 'kommune-veileder'];

function domainWords(base: Catalogue): string[] {
  const text = base.entries.map((e) => [e.title, e.description, ...(e.keywords ?? [])].join(' ')).join(' ');
  return [...new Set(text.split(/[^\p{L}\p{N}-]+/u).filter((w) => w.length > 1))];
}

export function generateCatalogue(size: number, base: Catalogue, seed = 42): Catalogue {
  const rnd = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const known = domainWords(base);
  const madeUp = () => Array.from({ length: 2 + Math.floor(rnd() * 4) }, () => pick(SYLLABLES)).join('');
  const pool = Array.from({ length: Math.max(1000, size * 4) }, madeUp);
  const skewed = () => pool[Math.floor(pool.length * rnd() ** 2)] as string;
  const word = () => (rnd() < 0.6 ? pick(known) : skewed());
  const words = (min: number, max: number) =>
    Array.from({ length: min + Math.floor(rnd() * (max - min + 1)) }, word).join(' ');
  const entries: Entry[] = Array.from({ length: size }, (_, i) => {
    const entry: Entry = {
      id: `e${i}`,
      title: words(2, 7),
      url: `https://example.org/${i}/${madeUp()}-${madeUp()}`,
      publisher: pick(PUBLISHERS),
      kind: pick(KINDS),
      // Within the schema's 300 characters (assets/catalogue.schema.json), as real descriptions are.
      description: `${words(15, 35).slice(0, 298).trim()}.`,
      keywords: Array.from({ length: 4 + Math.floor(rnd() * 9) }, () => words(1, 3)),
    };
    // Built from the entry's own words, so the random sequence (and every other entry) stays as it was.
    const note = entry.description.split(' ').slice(0, 8).join(' ');
    if (i % 20 === 0) entry.note = { text: note, asOf: '2025' };
    if (i % 30 === 0)
      entry.successors = [
        {
          title: (entry.keywords ?? []).join(' ').slice(0, 100).trim(),
          url: `https://site${i}.no/`,
          since: '2024',
        },
      ];
    return entry;
  });
  const roles = ROLE_IDS.map((id) => ({
    id,
    name: id,
    summary: id,
    groups: [
      { title: 'Alt', entries: entries.filter((_, i) => i % 4 === ROLE_IDS.indexOf(id) || i % 3 === 0) },
    ],
  })).map((r) => ({ ...r, groups: r.groups.map((g) => ({ ...g, entries: g.entries.map((e) => e.id) })) }));
  // Not through the schema: its lengths are the curators' limits for the bundled file, and an
  // organisation's links, which these stand for, are not held to them.
  return { version: 1, entries, roles };
}
