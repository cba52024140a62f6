/** lib/omnibox/xml.ts: the escaping every omnibox description goes through. */
import { describe, expect, it } from 'vitest';
import { cleanText, escapeXml, markMatches } from '../../../lib/omnibox/xml';
import { parseDescription, textOf } from './helpers';

describe('escapeXml', () => {
  it('escapes all five XML specials', () => {
    expect(escapeXml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
  });

  it('makes control characters a space, drops bidi and zero-width ones and lone surrogates; keeps emoji', () => {
    expect(escapeXml('a\u0000b\u001F\u0085c\u202Ed\u200Fe\u2066f\uFEFFg\uD800h 😀')).toBe('a b cdefgh 😀');
  });
});

describe('cleanText', () => {
  it('makes one line of any line breaks and tabs, each run of space one space', () => {
    expect(cleanText('a\r\nb\tc\u2028d  \u00A0 e')).toBe('a b c d e');
  });
});

describe('markMatches', () => {
  it('wraps the ranges in <match> and escapes the text around and inside them', () => {
    const xml = markMatches('A & <ALIS> "x"', [
      [0, 1],
      [5, 9],
    ]);
    expect(xml).toBe('<match>A</match> &amp; &lt;<match>ALIS</match>&gt; &quot;x&quot;');
    expect(textOf(parseDescription(xml), 'match')).toEqual(['A', 'ALIS']);
  });

  it('ignores ranges that overlap, run backwards or fall outside the text', () => {
    const xml = markMatches('abcdef', [
      [1, 3],
      [2, 4],
      [5, 5],
      [4, 99],
    ]);
    expect(xml).toBe('a<match>bc</match>def');
  });
});
