/** lib/omnibox decideEnter: what Enter in the address bar opens, and where. */
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../lib/catalogue';
import { decideEnter } from '../../../lib/omnibox';
import { parseSearchUrl } from '../../../lib/pages';
import { UNSAFE_CHARS } from './helpers';

const SEARCH = 'chrome-extension://abc/search.html';
const entryUrl = catalogue.entries.find((e) => e.id === 'kompetansevurdering')?.url ?? '';

describe('decideEnter', () => {
  it.each(['currentTab', 'newForegroundTab', 'newBackgroundTab'])(
    'opens a suggestion’s URL with disposition %s',
    (disposition) => {
      expect(decideEnter(entryUrl, disposition, SEARCH, catalogue)).toEqual({ url: entryUrl, disposition });
    },
  );

  it('opens the search page with free text, in the disposition asked for', () => {
    const action = decideEnter('  læringsmål & veileder ', 'newForegroundTab', SEARCH, catalogue);
    expect(action.disposition).toBe('newForegroundTab');
    expect(action.url.startsWith(`${SEARCH}?`)).toBe(true);
    expect(parseSearchUrl(new URL(action.url).search).q).toBe('læringsmål & veileder');
  });

  it('opens the bare search page for empty input', () => {
    expect(decideEnter('', 'currentTab', SEARCH, catalogue)).toEqual({
      url: SEARCH,
      disposition: 'currentTab',
    });
    expect(decideEnter(' \n\u200F ', undefined, SEARCH, catalogue).url).toBe(SEARCH);
  });

  it('falls back to the current tab for a disposition it does not know', () => {
    expect(decideEnter('alis', 'sideways', SEARCH, catalogue).disposition).toBe('currentTab');
  });

  it('never opens a typed address that is not in the catalogue', () => {
    const action = decideEnter('https://evil.example/phish', 'currentTab', SEARCH, catalogue);
    expect(action.url.startsWith(SEARCH)).toBe(true);
    expect(decideEnter('javascript:alert(1)', 'currentTab', SEARCH, catalogue).url.startsWith(SEARCH)).toBe(
      true,
    );
  });

  it('turns hostile text into a valid search page address with a bounded query', () => {
    const action = decideEnter(`<b>x</b>\u0000\u202E${'😀'.repeat(50_000)}`, 'currentTab', SEARCH, catalogue);
    const q = parseSearchUrl(new URL(action.url).search).q;
    expect(q.startsWith('<b>x</b>')).toBe(true);
    expect(q).not.toMatch(UNSAFE_CHARS);
    expect(q.length).toBeLessThanOrEqual(200);
  });
});
