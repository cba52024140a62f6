/**
 * lib/search-fuzzy.ts: the bounded edit distance agrees with the textbook table, and the
 * letter-count filter in front of it never turns away a word within reach.
 */
import { describe, expect, it } from 'vitest';
import { editDistance, lettersApart } from '../../../lib/search/fuzzy';

/** Optimal string alignment distance, the whole table, no shortcuts. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = v;
    }
  }
  return at(a.length, b.length);
}

/** Seeded pairs of related words: a word and a copy with a few random edits. */
function pairs(count: number): [string, string][] {
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const letter = () => 'aeiklnorst1é'.charAt(Math.floor(rnd() * 12));
  return Array.from({ length: count }, () => {
    const a = Array.from({ length: 1 + Math.floor(rnd() * 14) }, letter).join('');
    let b = a;
    for (let e = Math.floor(rnd() * 4); e > 0; e--) {
      const at = Math.floor(rnd() * (b.length + 1));
      const kind = Math.floor(rnd() * 4);
      if (kind === 0) b = b.slice(0, at) + letter() + b.slice(at);
      else if (kind === 1) b = b.slice(0, at) + b.slice(at + 1);
      else if (kind === 2) b = b.slice(0, at) + letter() + b.slice(at + 1);
      else b = b.slice(0, at) + b.charAt(at + 1) + b.charAt(at) + b.slice(at + 2);
    }
    return [a, b];
  });
}

describe('editDistance', () => {
  it('agrees with the full table, or says max + 1 above max', () => {
    for (const [a, b] of pairs(3000)) {
      const exact = reference(a, b);
      for (const max of [1, 2, 3])
        expect(editDistance(a, b, max), `${a} ${b} ${max}`).toBe(Math.min(exact, max + 1));
    }
  });

  it('gives the same answer from either side of a longer word', () => {
    expect(editDistance('kompetanse', 'kompetansemal', 3)).toBe(3);
    expect(editDistance('spesialistforskriften', 'ab', 2)).toBe(3);
    expect(editDistance('ab', 'ba', 2)).toBe(1);
  });
});

describe('lettersApart', () => {
  it('is never more than twice the edit distance, however often it is asked', () => {
    for (const [a, b] of pairs(3000)) {
      const apart = lettersApart(a);
      const first = apart(b);
      expect(first, `${a} ${b}`).toBeLessThanOrEqual(2 * reference(a, b));
      expect(apart(b)).toBe(first);
      expect(apart(a)).toBe(0);
    }
  });

  it('counts letters the words do not share', () => {
    expect(lettersApart('veileder')('veileder')).toBe(0);
    expect(lettersApart('veileder')('veiledar')).toBe(2);
    expect(lettersApart('veileder')('veiledr')).toBe(1);
    expect(lettersApart('veileder')('evileder')).toBe(0);
    expect(lettersApart('abc')('xyz')).toBe(6);
  });
});
