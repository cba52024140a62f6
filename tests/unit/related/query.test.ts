/** lib/related: the search "Finn relatert veiledning" opens for a selection, a link or a page. */
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../lib/catalogue';
import { deriveQuery } from '../../../lib/related';
import { searcherFor } from '../../../lib/search';
import { MAX_TERMS } from '../../../lib/related/query';

const urlOf = (id: string) => catalogue.entries.find((e) => e.id === id)?.url ?? '';
const words = (q: string) => q.split(' ').filter(Boolean);
/** The search a click opens, over the bundled catalogue. */
const derive = (click: Parameters<typeof deriveQuery>[0]) => deriveQuery(click, catalogue);

describe('from a selection', () => {
  it('searches a single known word as it is, and the assessment guidance comes first', () => {
    const params = derive({ selectionText: 'kompetansevurdering', pageUrl: 'https://example.org/' });
    expect(params).toEqual({ q: 'kompetansevurdering' });
    const [first] = searcherFor(catalogue).search(params.q, { role: 'lis' });
    expect(first?.entry.id).toBe('kompetansevurdering');
  });

  it('reduces a sentence to the words the catalogue knows', () => {
    const { q } = derive({
      selectionText: 'Kompetansevurdering av leger i spesialisering skjer løpende, og veileder gir råd.',
    });
    expect(words(q).length).toBeLessThanOrEqual(MAX_TERMS);
    expect(words(q)[0]).toBe('Kompetansevurdering');
    expect(q).not.toMatch(/\b(av|i|og|skjer)\b/);
  });

  it('never passes a 100 kB selection whole', () => {
    const selection = 'Veiledning av leger i spesialisering. '.repeat(2700);
    expect(selection.length).toBeGreaterThan(100_000);
    const { q } = derive({ selectionText: selection });
    expect(words(q).length).toBeLessThanOrEqual(MAX_TERMS);
    expect(words(q)).toContain('Veiledning');
  });

  it('strips markup, entities, control characters and bidi marks', () => {
    const { q } = derive({
      selectionText: '<p class="x">ALIS &amp; &#8220;læringsmål&#8221;</p>\u0000\u202E\u200F\r\n"\'😀',
    });
    expect(words(q).sort()).toEqual(['ALIS', 'læringsmål']);
  });

  it('falls back to the page when the selection has no words (only emoji, punctuation)', () => {
    const params = derive({ selectionText: '😀 🙂 -- !!', pageUrl: urlOf('veiledning') });
    expect(params).toEqual({ q: 'Veiledning', related: 'veiledning' });
  });
});

describe('from a link', () => {
  it('gives a catalogue entry and its relatives, however the address is spelled', () => {
    const spelled = [
      urlOf('kompetansevurdering'),
      'http://helsedirektoratet.no/veiledere/Kompetansevurdering-av-leger-i-spesialisering/#top',
      `${urlOf('kompetansevurdering')}?utm_source=x`,
    ];
    for (const linkUrl of spelled) {
      expect(derive({ linkUrl, pageUrl: 'https://example.org/' })).toEqual({
        q: 'Kompetansevurdering',
        related: 'kompetansevurdering',
      });
    }
  });

  it('knows the YouTube video under its long address too', () => {
    const params = derive({ linkUrl: 'https://www.youtube.com/watch?v=FWodISJ31NY&t=3' });
    expect(params.related).toBe('supervisjon-video');
  });

  it('uses the link text and the words of its address otherwise', () => {
    const { q } = derive({
      linkUrl: 'https://example.org/fag/veiledning-av-turnusleger.html',
      linkText: 'Les mer om ALIS',
    });
    // "turnusleger" counts as the catalogue's keyword "turnuslege": the search's terms are stemmed.
    expect(words(q).sort()).toEqual(['ALIS', 'turnusleger', 'veiledning']);
  });
});

describe('from a page', () => {
  it('uses the title before the address', () => {
    const { q } = derive({
      pageUrl: 'https://sykehus.example/intranett/side.aspx?id=77',
      pageTitle: 'Supervisjon for LIS – Sykehuset',
    });
    expect(words(q).sort()).toEqual(['LIS', 'Supervisjon']);
  });

  it('manages without a title (Chrome gives none without the tabs permission)', () => {
    const { q } = derive({ pageUrl: 'https://kommune.example/helse/alis-avtale-og-veiledning' });
    expect(words(q).sort()).toEqual(['alis', 'avtale', 'veiledning']);
  });

  it('recognises a catalogue PDF opened in the browser’s viewer', () => {
    expect(derive({ pageUrl: urlOf('alis-for-dummies') }).related).toBe('alis-for-dummies');
  });

  it.each([
    'chrome://extensions/',
    'about:blank',
    'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html',
    'data:text/html,<p>hei</p>',
    'javascript:alert(1)',
    'http://[::1',
    '%E0%A4%A',
    '',
  ])('gives the plain search page for %j, without throwing', (pageUrl) => {
    expect(derive({ pageUrl, pageTitle: '' })).toEqual({ q: '' });
  });

  it('takes the words of a local file’s name', () => {
    const { q } = derive({ pageUrl: 'file:///home/lege/Nedlastinger/Veileder%20for%20ALIS.pdf' });
    expect(words(q).sort()).toEqual(['ALIS', 'Veileder']);
  });

  it('copes with nothing at all', () => {
    expect(derive({})).toEqual({ q: '' });
  });
});
