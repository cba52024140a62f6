/** lib/search on input nobody should type but someone will: never an exception, never nonsense. */
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../lib/catalogue';
import { searcherFor } from '../../../lib/search';

const searcher = searcherFor(catalogue);
const ids = (query: string) => searcher.search(query).map((h) => h.entry.id);

describe('bad input', () => {
  it('returns nothing for an empty query', () => {
    expect(searcher.search('')).toEqual([]);
  });

  it('returns nothing for whitespace only', () => {
    expect(searcher.search(' \t\n\u00a0\u2003 ')).toEqual([]);
  });

  it('handles 10,000 characters and still finds what the text starts with', () => {
    const long = `alis kontor ${'lorem ipsum dolor sit amet '.repeat(400)}`.slice(0, 10_000);
    expect(long).toHaveLength(10_000);
    expect(ids(long)[0]).toBe('alis-kontorene');
    const oneWord = 'x'.repeat(10_000);
    expect(searcher.search(oneWord)).toEqual([]);
  });

  it('ignores emoji around the words', () => {
    expect(ids('👩‍⚕️ alis 😀')[0]).toBe(ids('alis')[0]);
    expect(searcher.search('😀🎉')).toEqual([]);
  });

  it('reads through right-to-left marks and finds nothing for Arabic or Hebrew text', () => {
    expect(ids('\u202Ealis\u200F \u2067veileder\u2069')).toEqual(ids('alis veileder'));
    expect(searcher.search('مرحبا بالعالم')).toEqual([]);
    expect(searcher.search('שלום עולם')).toEqual([]);
  });

  it('treats control characters as separators', () => {
    expect(ids('alis\u0000\u0007kontor\u001b\u007f')).toEqual(ids('alis kontor'));
  });

  it("takes search-syntax characters (' ! ^ = | $) as plain text", () => {
    for (const q of ["'alis", '!alis', '^alis', '=alis', 'alis$', 'alis | veileder', "!^=|'$"]) {
      expect(() => searcher.search(q), q).not.toThrow();
    }
    expect(ids("'alis")).toEqual(ids('alis'));
    expect(ids('!alis')).toEqual(ids('alis'));
    expect(ids('=alis | ^kontor')).toEqual(ids('alis kontor'));
    expect(searcher.search("!^=|'$")).toEqual([]);
  });

  it('takes regular-expression specials and replacement patterns as plain text', () => {
    for (const q of [
      '.*',
      '(alis',
      'alis)',
      '[a-z]+',
      '\\',
      '$^',
      '?',
      '+*{2}',
      '\\d+ alis',
      '$& alis',
      "$' $` $1",
    ]) {
      expect(() => searcher.search(q), q).not.toThrow();
    }
    expect(searcher.search('.*')).toEqual([]);
    expect(ids('(alis)')).toEqual(ids('alis'));
    expect(ids('$& alis')).toEqual(ids('alis'));
  });

  it('reads past lone surrogates and keeps highlights inside the text', () => {
    for (const q of ['alis \uD800 kontor', '\uDC00alis kontor', 'alis kontor\uD83D']) {
      const hits = searcher.search(q);
      expect(hits[0]?.entry.id, q).toBe('alis-kontorene');
      for (const [, end] of hits[0]?.highlights.title ?? [])
        expect(end).toBeLessThanOrEqual(hits[0]?.entry.title.length ?? 0);
    }
  });

  it('caps a long list of distinct words without losing the first ones', () => {
    const words = Array.from({ length: 500 }, (_, i) => `ord${i}x`).join(' ');
    expect(ids(`supervisjon ${words}`)[0]).toBe('supervisjon-video');
  });
});
