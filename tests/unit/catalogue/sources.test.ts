/**
 * Every fact Spes states beyond the seed document is backed by a source a maintainer read, with
 * the day it was read (docs/catalogue.md). That the schema describes every key the data uses is
 * the validator's own check: the schema allows no other keys.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../../lib/catalogue/parse';

// Read from disk, not imported: what the build ships (and may one day be what tests import) has
// the maintainers' `$sources` stripped (lib/build/runtime-data.ts), and these tests are about them.
const raw: unknown = JSON.parse(
  readFileSync(new URL('../../../assets/catalogue.json', import.meta.url), 'utf8'),
);

// The raw data, with the maintainer-only keys the parser never returns.
interface Source {
  url: string;
  checked: string;
  fact: string;
}
interface RawSuccessor {
  url: string;
  $sources?: Source[];
  [key: string]: unknown;
}
interface RawEntry {
  id: string;
  note?: { $sources?: Source[]; [key: string]: unknown };
  successors?: RawSuccessor[];
  [key: string]: unknown;
}
const entries = (raw as unknown as { entries: RawEntry[] }).entries;

describe('sources behind notes and successors', () => {
  it('the bundled catalogue passes, which, translated, must carry sources on its notes and successors', () => {
    expect(() => parseCatalogue(raw)).not.toThrow();
  });

  it('each successor was seen: one of its sources is the successor page itself', () => {
    const successors = entries.flatMap((e) => e.successors ?? []);
    expect(successors.length).toBeGreaterThan(0);
    for (const s of successors)
      expect(
        s.$sources?.map((x) => x.url),
        s.url,
      ).toContain(s.url);
  });

  it('no source was read in the future', () => {
    const today = new Date().toISOString().slice(0, 10);
    const all = entries.flatMap((e) => [
      ...(e.note?.$sources ?? []),
      ...(e.successors ?? []).flatMap((s) => s.$sources ?? []),
    ]);
    expect(all.length).toBeGreaterThan(0);
    for (const s of all) expect(s.checked <= today, `${s.url} checked ${s.checked}`).toBe(true);
  });
});
