/**
 * The layout rules from the design that other parts rely on, checked on the source itself:
 * lib/ is logic that runs in plain Node, and only lib/storage.ts reaches the browser.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const LIB = new URL('../../lib/', import.meta.url);

// Comments may name browser APIs (to say why a module does not use them); only code counts.
const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

function libModules(): { file: string; code: string }[] {
  return readdirSync(LIB, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => ({ file, code: withoutComments(readFileSync(new URL(file, LIB), 'utf8')) }));
}

// An import of WXT's browser or of a WXT runtime module, or a direct use of a browser global.
const BROWSER_USE =
  /from '(?:wxt\/browser|wxt\/utils\/[\w-]+)'|\b(?:browser|chrome)\.(?:runtime|storage|tabs)\b/;

describe('lib/', () => {
  it('finds the modules it checks', () => {
    expect(libModules().map((m) => m.file)).toEqual(
      expect.arrayContaining(['platform/storage.ts', 'search/searcher.ts']),
    );
  });

  it('touches browser APIs only in lib/storage.ts', () => {
    const offenders = libModules()
      .filter(({ file, code }) => file !== 'platform/storage.ts' && BROWSER_USE.test(code))
      .map((m) => m.file);
    expect(offenders).toEqual([]);
  });

  it('lib/storage.ts is where the browser is reached (so the check above has a target)', () => {
    const storage = libModules().find((m) => m.file === 'platform/storage.ts');
    expect(storage?.code).toMatch(BROWSER_USE);
  });
});
