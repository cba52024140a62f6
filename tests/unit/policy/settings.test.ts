import { describe, expect, it, vi } from 'vitest';
import { parseManagedSettings } from '../../../lib/policy';

/** What no policy sets (docs/it-admin.md). */
const DEFAULTS = {
  defaultRole: null,
  defaultSpecialty: null,
  lockRole: false,
  extraLinks: [],
  checkLinks: true,
};

function parse(raw: unknown) {
  const warn = vi.fn<(reason: string) => void>();
  const settings = parseManagedSettings(raw, warn);
  return { settings, reasons: warn.mock.calls.map(([reason]) => reason) };
}

describe('parseManagedSettings', () => {
  it.each([undefined, null, {}])('gives the defaults for %j, quietly', (raw) => {
    expect(parse(raw)).toEqual({ settings: DEFAULTS, reasons: [] });
  });

  it('reads every setting when all are valid', () => {
    const link = { title: 'Intranett', url: 'https://intranett.example.no/lis', roles: ['lis'] };
    const { settings, reasons } = parse({
      defaultRole: 'lis',
      defaultSpecialty: 'onh',
      lockRole: true,
      checkLinks: false,
      extraLinks: [link],
    });
    expect(reasons).toEqual([]);
    expect(settings).toEqual({
      defaultRole: 'lis',
      defaultSpecialty: 'onh',
      lockRole: true,
      checkLinks: false,
      extraLinks: [{ title: 'Intranett', url: link.url, description: '', roles: ['lis'], group: null }],
    });
  });

  it('drops a default specialty that is no specialty id, saying so', () => {
    const { settings, reasons } = parse({ defaultSpecialty: 'ORT' });
    expect(settings.defaultSpecialty).toBeNull();
    expect(reasons.join(' ')).toMatch(/"defaultSpecialty" "ORT" is no specialty id/);
  });

  it('accepts "alle" as default role', () => {
    expect(parse({ defaultRole: 'alle' }).settings.defaultRole).toBe('alle');
  });

  it.each([
    ['not an object', 'lis', 'must be an object'],
    ['a list', [{ defaultRole: 'lis' }], 'must be an object'],
    ['an unknown role', { defaultRole: 'overlege' }, '"defaultRole" "overlege" is not one of'],
    ['a role of the wrong type', { defaultRole: 3 }, '"defaultRole" 3'],
    ['a lock given as text', { lockRole: 'yes' }, '"lockRole" must be true or false'],
    ['checkLinks given as a word', { checkLinks: 'nei' }, '"checkLinks" must be true or false'],
    ['a lock given as another number', { lockRole: 2 }, '"lockRole" must be true or false'],
    ['a lock given as a list', { lockRole: [true] }, '"lockRole" must be true or false'],
    ['a lock without a role', { lockRole: true }, 'needs a valid "defaultRole"'],
    ['a typo in a key', { defaultrole: 'lis' }, 'unknown setting "defaultrole"'],
    ['links that are no list', { extraLinks: { title: 'x' } }, '"extraLinks" must be a list'],
  ])('ignores %s with a logged reason', (_name, raw, reason) => {
    const { settings, reasons } = parse(raw);
    expect(settings).toEqual(DEFAULTS);
    expect(reasons).toEqual([expect.stringContaining(reason)]);
  });

  // Firefox passes policies.json, registry and ADMX values on as written (docs/it-admin.md).
  it.each([
    [true, true],
    [false, false],
    ['true', true],
    ['false', false],
    [' TRUE ', true],
    ['False', false],
    [1, true],
    [0, false],
    ['1', true],
    ['0', false],
  ])('reads %j as %j for both switches, quietly', (given, meant) => {
    const { settings, reasons } = parse({ defaultRole: 'lis', lockRole: given, checkLinks: given });
    expect(settings).toMatchObject({ lockRole: meant, checkLinks: meant });
    expect(reasons).toEqual([]);
  });

  it('keeps the valid settings beside an invalid one', () => {
    const { settings, reasons } = parse({ defaultRole: 'lis', checkLinks: 'nei' });
    expect(settings).toEqual({ ...DEFAULTS, defaultRole: 'lis' });
    expect(reasons).toHaveLength(1);
  });

  it('logs to the console by default', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    parseManagedSettings({ defaultRole: 'x' });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Spes, managed settings: "defaultRole"'));
    warn.mockRestore();
  });
});
