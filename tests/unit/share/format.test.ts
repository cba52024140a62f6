import { describe, expect, it } from 'vitest';
import { nb } from '../../../lib/i18n/nb';
import { shareHtml, sharePlainText } from '../../../lib/share';
import { HOSTILE, hrefsOf, link, list, tagsOf, textOf } from './helpers';

// The only markup the HTML flavour may contain; anything else came from a title.
const ALLOWED_TAG = /^<(?:\/?(?:p|strong|h3|ul|li|em|bdi)|br|a href="[^"<>]*"|\/a)>$/;

describe('the HTML flavour', () => {
  it('gives headings per group and each link with its title and one-line description', () => {
    const html = shareHtml(
      list(
        ['Regelverk', [link('Forskriften', 'https://lovdata.no/f')]],
        ['Planer', [link('Plan', 'https://a.no/p')]],
      ),
      nb,
    );
    expect(html).toBe(
      [
        '<p><strong>Lenker: Test</strong></p>',
        '<h3>Regelverk</h3>',
        '<ul>',
        '<li><a href="https://lovdata.no/f"><bdi>Forskriften</bdi></a> – <bdi>Om Forskriften.</bdi></li>',
        '</ul>',
        '<h3>Planer</h3>',
        '<ul>',
        '<li><a href="https://a.no/p"><bdi>Plan</bdi></a> – <bdi>Om Plan.</bdi></li>',
        '</ul>',
      ].join('\n'),
    );
  });

  it('escapes hostile titles, descriptions, headings and addresses: no markup gets through', () => {
    const url = 'https://intranett.example/a?x=1&y="><script>alert(1)</script>';
    const hostile = link(HOSTILE, url, {
      description: HOSTILE,
      successors: [{ title: HOSTILE, url: `${url}&z`, since: '2024' }],
    });
    const html = shareHtml({ title: HOSTILE, groups: [{ heading: HOSTILE, links: [hostile] }] }, nb);
    expect(tagsOf(html).filter((tag) => !ALLOWED_TAG.test(tag))).toEqual([]);
    expect(hrefsOf(html)).toEqual([url, `${url}&z`]);
    // Shown as text, exactly as written, in each of the five places it was put: the list's title,
    // the heading, the link's title and description, and the newer page's title.
    expect(textOf(html).split(HOSTILE).length - 1).toBe(5);
  });

  it('writes an address that is not http(s) as text, never as a link', () => {
    const html = shareHtml(list(['G', [link('Lur', 'javascript:alert(1)')]]), nb);
    expect(hrefsOf(html)).toEqual([]);
    expect(html).not.toContain('javascript:');
    expect(textOf(html)).toContain('Lur');
  });

  it('puts a description with line breaks on one line', () => {
    const html = shareHtml(list(['G', [link('T', 'https://a.no/', { description: 'En\nto\r\n\ttre' })]]), nb);
    expect(html).toContain('</a> – <bdi>En to tre</bdi></li>');
  });

  it('sets title and description each in its own direction, so a right-to-left title keeps to itself', () => {
    const html = shareHtml(
      list(['G', [link('שלום עולם', 'https://a.no/', { description: '12 lenker' })]]),
      nb,
    );
    expect(html).toContain('<a href="https://a.no/"><bdi>שלום עולם</bdi></a> – <bdi>12 lenker</bdi>');
  });

  it('marks a broken link and names the newer page', () => {
    const moved = link('Gammel', 'https://a.no/old', {
      broken: true,
      successors: [{ title: 'Ny side', url: 'https://a.no/new', since: '2025' }],
    });
    const html = shareHtml(list(['G', [moved]]), nb);
    expect(html).toContain(
      '<li><a href="https://a.no/old"><bdi>Gammel</bdi></a> – <bdi>Om Gammel.</bdi><br><em>Virket ikke ved siste sjekk.</em><br>Nyere: <a href="https://a.no/new"><bdi>Ny side</bdi></a></li>',
    );
  });
});

describe('the plain-text flavour', () => {
  it('is an indented list with every address written out', () => {
    const text = sharePlainText(
      list(
        ['Regelverk', [link('Forskriften', 'https://lovdata.no/f'), link('Rundskriv', 'https://r.no/')]],
        ['Planer', [link('Plan', 'https://a.no/p', { description: '' })]],
      ),
      nb,
    );
    expect(text).toBe(
      [
        'Lenker: Test',
        '',
        'Regelverk',
        '  - Forskriften – Om Forskriften.',
        '    https://lovdata.no/f',
        '  - Rundskriv – Om Rundskriv.',
        '    https://r.no/',
        '',
        'Planer',
        '  - Plan',
        '    https://a.no/p',
        '',
      ].join('\n'),
    );
  });

  it('marks a broken link and gives the newer page with its address', () => {
    const moved = link('Gammel', 'https://a.no/old', {
      broken: true,
      successors: [{ title: 'Ny side', url: 'https://a.no/new', since: '2025' }],
    });
    expect(
      sharePlainText(list(['G', [moved]]), nb)
        .split('\n')
        .slice(3, 7),
    ).toEqual([
      '  - Gammel – Om Gammel.',
      '    https://a.no/old',
      '    Virket ikke ved siste sjekk.',
      '    Nyere: Ny side https://a.no/new',
    ]);
  });

  it('keeps a hostile title on its line, so the layout holds', () => {
    const title = 'A\nB\u2028C\u202eD\u0000E';
    const text = sharePlainText(list(['G\n  - fake', [link(title, 'https://a.no/\nx')]]), nb);
    expect(text.split('\n')).toEqual([
      'Lenker: Test',
      '',
      'G - fake',
      '  - A B CD E – Om A B CD E.',
      '    https://a.no/ x',
      '',
    ]);
  });
});

describe('escaping', () => {
  it('escapes the five characters HTML treats specially, and nothing else', () => {
    expect(shareHtml({ title: `<a href="x" title='y'>&æøå</a>`, groups: [] }, nb)).toBe(
      '<p><strong>&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;æøå&lt;/a&gt;</strong></p>',
    );
  });

  it('puts text on one line, runs of space as one', () => {
    expect(sharePlainText({ title: '  a \n\n b\tc  ', groups: [] }, nb)).toBe('a b c\n');
  });
});
