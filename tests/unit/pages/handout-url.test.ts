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
});
