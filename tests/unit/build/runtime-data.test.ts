import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../lib/catalogue';
import { parseCatalogue } from '../../../lib/catalogue/parse';
import { runtimeJson } from '../../../lib/build/runtime-data';
import synonyms from '../../../assets/synonyms.json';

const read = (file: string) => readFileSync(new URL(`../../../assets/${file}`, import.meta.url), 'utf8');

describe('data files as the extension ships them', () => {
  it('drop $-keys at any depth, and nothing else', () => {
    const raw = {
      $schema: 'x',
      version: 1,
      groups: [{ $note: 'why', terms: ['a', 'b'], note: 'kept' }],
      $comment: 'c',
    };
    expect(JSON.parse(runtimeJson(JSON.stringify(raw)))).toEqual({
      version: 1,
      groups: [{ terms: ['a', 'b'], note: 'kept' }],
    });
  });

  it('keep every entry, role and synonym term of the bundled files', () => {
    const shippedCatalogue = JSON.parse(runtimeJson(read('catalogue.json')));
    // What validation makes of the file: every field the extension reads, and no `$sources`.
    const validated = parseCatalogue(JSON.parse(read('catalogue.json')));
    expect(shippedCatalogue).toEqual(validated);
    expect(validated.entries.map((e) => e.id)).toEqual(catalogue.entries.map((e) => e.id));
    expect(read('catalogue.json')).toContain('"$sources"');
    expect(JSON.stringify(shippedCatalogue)).not.toContain('"$sources"');
    const shippedSynonyms = JSON.parse(runtimeJson(read('synonyms.json')));
    expect(shippedSynonyms.groups.map((g: { terms: string[] }) => g.terms)).toEqual(
      synonyms.groups.map((g) => g.terms),
    );
    expect(JSON.stringify(shippedSynonyms)).not.toContain('"$note"');
  });
});
