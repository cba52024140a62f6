/** The omnibox row of an entry that has moved on names the page that took over; Enter still opens the entry. */
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../lib/catalogue';
import { parseCatalogue } from '../../../lib/catalogue/parse';
import { workerMessages } from '../../../lib/i18n';
import { buildSuggestions } from '../../../lib/omnibox';
import { createSearcher, searcherFor } from '../../../lib/search';
import { HOSTILE_TITLE, UNSAFE_CHARS, parseDescription, textOf } from './helpers';

const bundled = searcherFor(catalogue);

const plan = catalogue.entries.find((e) => e.id === 'handlingsplan-allmennlegetjenesten');
const forPlan = (flavor: 'chrome' | 'firefox', language: 'nb' | 'nn' | 'en' = 'nb') =>
  buildSuggestions(
    'handlingsplan',
    { role: 'kommune-leder', flavor, messages: workerMessages[language] },
    bundled,
  ).find((s) => s.content === plan?.url);

describe('omnibox rows for an entry with a successor', () => {
  it('Chrome: the successor after the publisher, in <dim>, as well-formed XML', () => {
    const row = forPlan('chrome');
    expect(row).toBeDefined();
    const doc = parseDescription(row?.description ?? '');
    expect(textOf(doc, 'dim')).toEqual(['– Helsedirektoratet · Nyere: Nasjonal ALIS og veiledning']);
    expect(textOf(doc, 'url')).toEqual([plan?.url]);
  });

  it('Firefox: plain text, in the UI language', () => {
    expect(forPlan('firefox', 'en')?.description).toBe(
      `Tilskudd og handlingsplanen for allmenntjenesten – Helsedirektoratet · Newer: Nasjonal ALIS og veiledning – ${plan?.url}`,
    );
    expect(forPlan('firefox', 'nn')?.description).toContain('· Nyare: Nasjonal ALIS og veiledning');
  });

  it('says nothing more for an entry without one', () => {
    const rows = buildSuggestions('kompetansevurdering', { role: 'lis', flavor: 'firefox' }, bundled);
    expect(rows[0]?.description).not.toMatch(/Nyere/);
  });

  it('escapes a hostile successor title', () => {
    const cat = parseCatalogue({
      version: 1,
      entries: [
        {
          id: 'a',
          title: 'Tom side',
          url: 'https://example.org/a',
          publisher: 'P',
          kind: 'side',
          description: 'D',
          keywords: ['tom'],
          successors: [{ title: HOSTILE_TITLE, url: 'https://example.org/b?x=1&y=<2>', since: '2024' }],
        },
      ],
      roles: [{ id: 'r', name: 'R', summary: 'S', groups: [{ title: 'G', entries: ['a'] }] }],
    });
    const [chrome] = buildSuggestions('tom', { flavor: 'chrome' }, createSearcher(cat));
    const doc = parseDescription(chrome?.description ?? '');
    expect(textOf(doc, 'dim')[0]).toContain('Nyere: Tom & Jerry <b>"sitat"</b>');
    const [firefox] = buildSuggestions('tom', { flavor: 'firefox' }, createSearcher(cat));
    expect(firefox?.description).not.toMatch(UNSAFE_CHARS);
  });
});
