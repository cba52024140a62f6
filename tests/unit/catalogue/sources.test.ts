/**
 * Every fact Spes states beyond the seed document is backed by a source a maintainer read, with
 * the day it was read (docs/catalogue.md), and the schema describes every key the data uses.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../../lib/catalogue';
import schema from '../../../assets/catalogue.schema.json' with { type: 'json' };

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
  it('the bundled catalogue passes with sources required', () => {
    expect(() => parseCatalogue(raw, { requireSources: true })).not.toThrow();
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

describe('the schema describes every key the data uses', () => {
  type Definition = { required?: string[]; properties?: Record<string, unknown> };
  const defs = (schema as unknown as { definitions: Record<string, Definition> }).definitions;
  const allows = (def: string, object: object, label: string) => {
    const d = defs[def] ?? {};
    for (const key of Object.keys(object))
      expect(Object.keys(d.properties ?? {}), `${label}: ${key}`).toContain(key);
    for (const key of d.required ?? []) expect(Object.keys(object), `${label} needs ${key}`).toContain(key);
  };

  it('entries, notes, successors and sources', () => {
    for (const e of entries) {
      allows('entry', e, e.id);
      if (e.note) allows('note', e.note, `${e.id} note`);
      for (const s of e.note?.$sources ?? []) allows('source', s, `${e.id} note source`);
      for (const s of e.successors ?? []) {
        allows('successor', s, `${e.id} successor`);
        for (const src of s.$sources ?? []) allows('source', src, `${e.id} successor source`);
      }
    }
  });
});
