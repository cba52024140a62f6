import { describe, expect, it } from 'vitest';
import { applyBrokenChoice, largestFittingScale, linkCount, paperAddress } from '../../../lib/share';
import type { ShareList } from '../../../lib/share';
import { link, list } from './helpers';

describe('broken links on the handout', () => {
  const brokenCountOf = (l: ShareList) => linkCount(l, (link) => link.broken);
  const sample = list(
    ['A', [link('ok', 'https://a.no/1'), link('død', 'https://a.no/2', { broken: true })]],
    ['B', [link('også død', 'https://a.no/3', { broken: true })]],
  );

  it('are kept, marked, when the user chooses to mark them', () => {
    expect(applyBrokenChoice(sample, 'mark')).toEqual(sample);
    expect(brokenCountOf(sample)).toBe(2);
  });

  it('are left out, with a group that is left empty, when the user chooses to omit them', () => {
    const omitted = applyBrokenChoice(sample, 'omit');
    expect(omitted.groups.map((g) => [g.heading, g.links.map((l) => l.title)])).toEqual([['A', ['ok']]]);
    expect(brokenCountOf(omitted)).toBe(0);
  });
});

describe('the type scale', () => {
  /** A list that fits up to `limit`, as a layout would say; records the scales tried. */
  const upTo = (limit: number) => {
    const tried: number[] = [];
    return { tried, fits: (scale: number) => (tried.push(scale), scale <= limit) };
  };

  it('sets a short list as large as it still fits, up to half again 8 pt', () => {
    expect(largestFittingScale(upTo(1.25).fits)).toBe(1.2);
    expect(largestFittingScale(upTo(9).fits)).toBe(1.5);
  });

  it('keeps 8 pt for a list that only just fits', () => {
    expect(largestFittingScale(upTo(1.05).fits)).toBe(1);
  });

  it('shrinks a list a little too long just enough to fit', () => {
    expect(largestFittingScale(upTo(0.92).fits)).toBe(0.9);
  });

  it('never shrinks past the readable minimum: a long list prints on more pages at 8 pt', () => {
    expect(largestFittingScale(upTo(0.5).fits)).toBe(1);
  });

  it('needs only a few layouts', () => {
    const probe = upTo(1.3);
    largestFittingScale(probe.fits);
    expect(probe.tried.length).toBeLessThanOrEqual(4);
  });
});

describe('addresses on paper', () => {
  it('are the host and a readable path', () => {
    expect(paperAddress('https://www.helsedirektoratet.no/tema/spesialistutdanning/')).toBe(
      'www.helsedirektoratet.no/tema/spesialistutdanning',
    );
    expect(paperAddress('https://a.no/s%C3%B8k?q=r%C3%B8d')).toBe('a.no/søk?q=rød');
    expect(paperAddress('https://a.no/')).toBe('a.no');
  });

  it('lose their middle when long, keeping both ends', () => {
    const long = `https://intranett.example.no/${'avdeling/'.repeat(12)}slutten`;
    const printed = paperAddress(long);
    expect(printed).toHaveLength(60);
    expect(printed).toMatch(/^intranett\.example\.no\/avdeling.*….*\/slutten$/);
  });

  it('print an address that does not parse as it is, or shortened', () => {
    expect(paperAddress('javascript:x')).toBe('javascript:x');
    expect(paperAddress('%'.repeat(100))).toHaveLength(60);
  });
});
