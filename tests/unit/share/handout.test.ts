import { describe, expect, it } from 'vitest';
import {
  applyBrokenChoice,
  brokenCountOf,
  MIN_PRINT_SCALE,
  PRINTABLE_HEIGHT_PX,
  printScale,
} from '../../../lib/share';
import { link, list } from './helpers';

describe('broken links on the handout', () => {
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

describe('the print scale', () => {
  it('leaves a list that fits at full size', () => {
    expect(printScale(PRINTABLE_HEIGHT_PX)).toBe(1);
    expect(printScale(400)).toBe(1);
  });

  it('shrinks a list a little too long just enough to fit, with room to spare', () => {
    const scale = printScale(PRINTABLE_HEIGHT_PX * 1.1);
    expect(scale).toBeLessThan(1 / 1.1);
    expect(scale).toBeGreaterThan(1 / 1.1 - 0.03);
  });

  it('never shrinks past the readable minimum: a long list prints on more pages instead', () => {
    expect(printScale(PRINTABLE_HEIGHT_PX / (MIN_PRINT_SCALE - 0.05))).toBe(1);
  });
});
