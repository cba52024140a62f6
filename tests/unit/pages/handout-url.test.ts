/** lib/pages: the handout's address, which the share menu builds and the handout reads. */
import { describe, expect, it } from 'vitest';
import { buildHandoutUrl, parseHandoutUrl } from '../../../lib/pages';

describe("the handout's address", () => {
  it('carries the role, the search and the choice, and reads them back', () => {
    const url = buildHandoutUrl('handout.html', { role: 'lis', q: ' alis & co ', broken: 'omit' });
    expect(url).toBe('handout.html?role=lis&q=alis+%26+co&broken=omit');
    expect(parseHandoutUrl(url.slice(url.indexOf('?')))).toEqual({
      role: 'lis',
      q: 'alis & co',
      broken: 'omit',
    });
  });

  it('leaves defaults out, and reads anything unknown as the default', () => {
    expect(buildHandoutUrl('handout.html', { q: '  ', broken: 'mark' })).toBe('handout.html');
    expect(parseHandoutUrl('?broken=<script>&role=%20')).toEqual({ q: '', broken: 'mark' });
    expect(parseHandoutUrl(`?q=${'x'.repeat(500)}`).q).toHaveLength(200);
  });

  it('carries a specialty, or "none", and reads them back; left out, it names none of either', () => {
    const url = buildHandoutUrl('handout.html', { role: 'lis', specialty: 'ane' });
    expect(url).toBe('handout.html?role=lis&specialty=ane');
    expect(parseHandoutUrl(url.slice(url.indexOf('?')))).toEqual({
      role: 'lis',
      specialty: 'ane',
      q: '',
      broken: 'mark',
    });
    const none = buildHandoutUrl('handout.html', { role: 'lis', specialty: null });
    expect(none).toBe('handout.html?role=lis&specialty=none');
    expect(parseHandoutUrl(none.slice(none.indexOf('?'))).specialty).toBeNull();
    expect(parseHandoutUrl('?role=lis&specialty=%20').specialty).toBeUndefined();
    // Only the page knows the catalogue: an unknown id is read as it is, for it to ignore.
    expect(parseHandoutUrl('?specialty=bogus').specialty).toBe('bogus');
  });

  it('names "none" only where the user\'s own specialty would otherwise show', () => {
    const address = (specialty: string | null, ownSpecialty: string | null) =>
      buildHandoutUrl('handout.html', { specialty, ownSpecialty });
    expect(address('ane', null)).toBe('handout.html?specialty=ane');
    expect(address('ane', 'ort')).toBe('handout.html?specialty=ane');
    expect(address('ort', 'ort')).toBe('handout.html?specialty=ort');
    expect(address(null, 'ort')).toBe('handout.html?specialty=none');
    expect(address(null, null)).toBe('handout.html');
  });
});
