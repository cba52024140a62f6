import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_ROLES, catalogue } from '../../../lib/catalogue';
import { policy } from '../../../lib/policy';
import { chromeManagedSchemaErrors } from '../../fixtures/chrome-policy-schema';
import { schemaValueErrors } from '../../fixtures/schema-value';

const schema = JSON.parse(readFileSync('assets/managed-schema.json', 'utf8'));
const roleIds = catalogue.roles.map((r) => r.id);

describe('assets/managed-schema.json', () => {
  it('is a schema Chrome accepts', () => {
    expect(chromeManagedSchemaErrors(schema)).toEqual([]);
  });

  it('declares exactly the settings lib/policy reads', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(policy.fallback).sort());
    const link = schema.properties.extraLinks.items.properties;
    expect(Object.keys(link).sort()).toEqual(['description', 'group', 'roles', 'title', 'url']);
  });

  it("lists the catalogue's roles for defaultRole, so Chrome passes every valid role through", () => {
    expect(schema.properties.defaultRole.enum).toEqual([...roleIds, ALL_ROLES]);
  });

  // Chrome drops the whole extraLinks list when one link breaks the schema (checked in real
  // Chromium by tests/e2e/policy.spec.ts): inside a link, the schema only names the texts.
  it('lets every link with text values through, however wrong, for lib/policy to judge one by one', () => {
    const links = [
      { title: 'Alle', url: 'https://a.example/1', roles: ['alle'] },
      { title: 'Skrivefeil', url: 'https://a.example/2', roles: ['turnus', 'LIS'] },
      { title: 'Skript', url: 'javascript:alert(1)', description: '', group: '' },
      { title: '', url: ' https://ola:pw@a.example/3 ' },
      { roles: [] },
      {},
    ];
    expect(schemaValueErrors(schema.properties.extraLinks, links)).toEqual([]);
  });

  it('has no enum, pattern or required anywhere inside extraLinks', () => {
    const strict = JSON.stringify(schema.properties.extraLinks).match(/"(enum|pattern|required)"/g);
    expect(strict).toBeNull();
  });
});

describe('the Chrome schema check itself', () => {
  const ok = { type: 'object', properties: { a: { type: 'string' } } };

  it.each([
    ['a top level that is not an object', { type: 'array', items: { type: 'string' } }, 'top-level'],
    ['additionalProperties at the top', { ...ok, additionalProperties: { type: 'string' } }, 'top-level'],
    ['a property without type', { type: 'object', properties: { a: {} } }, '"type" or "$ref"'],
    ['an unknown type', { type: 'object', properties: { a: { type: 'null' } } }, 'unknown type "null"'],
    [
      'a keyword Chrome lacks',
      { type: 'object', properties: { a: { type: 'string', format: 'uri' } } },
      '"format"',
    ],
    [
      'minItems on an array',
      { type: 'object', properties: { a: { type: 'array', minItems: 1, items: { type: 'string' } } } },
      '"minItems"',
    ],
    ['an array without items', { type: 'object', properties: { a: { type: 'array' } } }, '"items"'],
    ['enum on a boolean', { type: 'object', properties: { a: { type: 'boolean', enum: [true] } } }, '"enum"'],
    [
      'an empty enum',
      { type: 'object', properties: { a: { type: 'string', enum: [] } } },
      'must not be empty',
    ],
    [
      'a default value',
      { type: 'object', properties: { a: { type: 'boolean', default: true } } },
      '"default"',
    ],
    [
      'a nested mistake',
      {
        type: 'object',
        properties: {
          a: {
            type: 'array',
            items: { type: 'object', properties: { b: { type: 'string', maxLength: 3 } } },
          },
        },
      },
      'a.items.properties.b',
    ],
  ])('rejects %s', (_name, bad, reason) => {
    expect(chromeManagedSchemaErrors(bad).join('\n')).toContain(reason);
  });

  it('accepts a minimal valid schema', () => {
    expect(chromeManagedSchemaErrors(ok)).toEqual([]);
  });
});
