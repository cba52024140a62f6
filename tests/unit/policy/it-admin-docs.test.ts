import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parseManagedSettings } from '../../../lib/policy';
import { GECKO_ID } from '../../../lib/build/manifest-keys';
import { schemaValueErrors } from '../../fixtures/schema-value';

// The examples in docs/it-admin.md are what administrators copy: they must work as written.
const doc = readFileSync('docs/it-admin.md', 'utf8');
const schema = JSON.parse(readFileSync('assets/managed-schema.json', 'utf8'));

function example(name: string): string {
  const match = new RegExp(`<!-- example: ${name} -->\\s*\`\`\`\\w+\\n([\\s\\S]*?)\\n\`\`\``).exec(doc);
  if (!match?.[1]) throw new Error(`docs/it-admin.md has no example "${name}"`);
  return match[1];
}

/** Reads a .reg key's values the way Chrome and Edge map them onto the schema's types. */
function readRegValues(reg: string): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [, name, raw] of reg.matchAll(/^"(\w+)"=(.*)$/gm)) {
    const type = schema.properties[name as string]?.type;
    const dword = /^dword:([0-9a-f]{8})$/.exec(raw as string);
    const text = /^"(.*)"$/.exec(raw as string)?.[1]?.replace(/\\(["\\])/g, '$1');
    if (dword) values[name as string] = type === 'boolean' ? parseInt(dword[1] as string, 16) !== 0 : dword;
    else values[name as string] = type === 'array' ? JSON.parse(text as string) : text;
  }
  return values;
}

function expectValid(policy: unknown) {
  expect(schemaValueErrors(schema, policy)).toEqual([]);
  const warn = vi.fn();
  const settings = parseManagedSettings(policy, warn);
  expect(warn).not.toHaveBeenCalled();
  return settings;
}

describe('docs/it-admin.md', () => {
  it('Chrome JSON example: valid, and every setting arrives', () => {
    const policy = JSON.parse(example('chrome-json'))['3rdparty'].extensions.SPES_EXTENSION_ID;
    const settings = expectValid(policy);
    expect(settings).toMatchObject({
      defaultRole: 'lis',
      defaultSpecialty: 'ort',
      lockRole: false,
      checkLinks: true,
    });
    expect(settings.extraLinks.map((l) => l.group)).toEqual([null, 'Kvalitetssystem']);
  });

  it('Edge registry example: valid once read as Edge reads it', () => {
    const reg = example('edge-reg');
    expect(reg).toContain('\\Microsoft\\Edge\\3rdparty\\extensions\\SPES_EXTENSION_ID\\policy]');
    const settings = expectValid(readRegValues(reg));
    expect(settings).toMatchObject({ defaultRole: 'kommune-leder', lockRole: true, checkLinks: false });
    expect(settings.extraLinks).toHaveLength(1);
  });

  it('Firefox policies.json example: valid, under the add-on id', () => {
    const { policies } = JSON.parse(example('firefox-policies'));
    expect(Object.keys(policies.ExtensionSettings)).toEqual([GECKO_ID]);
    const settings = expectValid(policies['3rdparty'].Extensions[GECKO_ID]);
    expect(settings).toMatchObject({ defaultRole: 'kommune-veileder', lockRole: true, checkLinks: false });
    expect(settings.extraLinks[0]?.roles).toEqual(['kommune-veileder', 'kommune-leder']);
  });

  it('the value check itself catches what Chrome would drop', () => {
    expect(schemaValueErrors(schema, { lockRole: 'true' })).toEqual([
      'value.lockRole: expected boolean, got string',
    ]);
    expect(schemaValueErrors(schema, { defaultRole: 'overlege' })).toHaveLength(1);
    expect(schemaValueErrors(schema, { defaultSpecialty: 'ortopedi' })).toHaveLength(1);
    expect(schemaValueErrors(schema, { extraLinks: [{ titel: 'x' }] })).toHaveLength(1);
  });
});
