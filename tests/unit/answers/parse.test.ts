/**
 * The cards and facts are data a maintainer edits (docs/catalogue.md); the build runs these
 * parsers (wxt.config.ts) and fails, naming the item and the field, on what would mislead.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../lib/catalogue';
import { parseFacts, parseTerms } from '../../../lib/answers/parse';

const read = (name: string): { [list: string]: Record<string, unknown>[] } =>
  JSON.parse(readFileSync(new URL(`../../../assets/${name}`, import.meta.url), 'utf8'));
const roles = catalogue.roles.map((r) => r.id);

/** The bundled facts with the first one changed by `edit`. */
function factsWith(edit: (fact: Record<string, unknown>) => void) {
  const data = read('facts.json');
  edit(data.facts?.[0] as Record<string, unknown>);
  return data;
}

describe('the bundled data', () => {
  it("passes, about 25 cards and the facts, without the maintainers' notes", () => {
    const terms = parseTerms(read('terms.json'));
    expect(terms.length).toBeGreaterThanOrEqual(25);
    const facts = parseFacts(read('facts.json'), roles);
    expect(facts.length).toBeGreaterThanOrEqual(5);
    expect(JSON.stringify([terms, facts])).not.toContain('$seenIn');
  });
});

describe('a fact that would mislead fails the build, naming it', () => {
  const id = read('facts.json').facts?.[0]?.id as string;

  it.each([
    ['without a source', (f: Record<string, unknown>) => delete f.source, 'source'],
    ['without an end date', (f: Record<string, unknown>) => delete f.until, 'until'],
    [
      'with an end date that does not exist',
      (f: Record<string, unknown>) => (f.until = '2026-02-30'),
      'until',
    ],
    ['ending before it starts', (f: Record<string, unknown>) => (f.until = '2000-01-01'), 'until'],
    ['without the day it was checked', (f: Record<string, unknown>) => delete f.checked, 'checked'],
    ['for a role the catalogue lacks', (f: Record<string, unknown>) => (f.roles = ['sjef']), 'roles[0]'],
    ['without its English text', (f: Record<string, unknown>) => delete f.en, 'en'],
    // Maintainers record where each address was seen and when.
    ['without where its source was seen', (f: Record<string, unknown>) => delete f.$seenIn, '$seenIn'],
  ])('%s', (_, edit, field) => {
    expect(() => parseFacts(factsWith(edit), roles)).toThrow(`facts.json: fact "${id}", field "${field}"`);
  });

  it('and two facts with one id', () => {
    const data = read('facts.json');
    data.facts?.push({ ...data.facts[0] });
    expect(() => parseFacts(data, roles)).toThrow(`fact "${id}", field "id": "${id}" is used twice`);
  });
});

describe('a card', () => {
  it('fails without its authority page, a name or the day its page was seen, naming it', () => {
    const data = read('terms.json');
    const [first, second] = data.terms as [Record<string, unknown>, Record<string, unknown>];
    delete first.url;
    expect(() => parseTerms(data)).toThrow(`terms.json: term "${String(first.id)}", field "url"`);
    first.url = 'https://example.org/';
    second.names = [];
    expect(() => parseTerms(data)).toThrow(`term "${String(second.id)}", field "names": must not be empty`);
    second.names = ['x'];
    delete second.$seenDate;
    expect(() => parseTerms(data)).toThrow(`term "${String(second.id)}", field "$seenDate": is missing`);
  });
});
