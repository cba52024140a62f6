/**
 * The layout rules other parts rely on, checked on the source itself (docs/architecture.md):
 * lib/ is a set of concept folders, each imported only through its public face (index.ts); only
 * lib/platform reaches the browser; the four contract modules run in plain Node.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');

// Comments may name browser APIs (to say why a module does not use them); only code counts.
const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const code = (file: string) => withoutComments(readFileSync(join(ROOT, file), 'utf8'));

/** The repository paths a file imports, resolved, without extension; `runtime` leaves out type-only imports. */
function importsOf(file: string, runtime = false): string[] {
  const statements =
    code(file).match(/^(?:import|export)[^;]*?from\s*'\.[^']+'|import\(\s*'\.[^']+'/gm) ?? [];
  return statements
    .filter((s) => !(runtime && /^(?:import|export) type\b/.test(s)))
    .map((s) => /'(\.[^']+)'/.exec(s)?.[1] as string)
    .map((spec) => normalize(join(dirname(file), spec)).replace(/\.tsx?$/, ''));
}

const LIB = sourceFiles('lib');
const APP = [...LIB, ...sourceFiles('components'), ...sourceFiles('entrypoints')];
const folderOf = (path: string) => path.split('/').slice(0, 2).join('/');

// An import of WXT's browser or of a WXT runtime module, or a direct use of a browser global.
const BROWSER_USE =
  /from '(?:wxt\/browser|wxt\/utils\/[\w-]+)'|\b(?:browser|chrome)\.(?:runtime|storage|tabs|i18n)\b/;

describe('lib/', () => {
  it('is concept folders only, each with a public face', () => {
    expect(LIB.length).toBeGreaterThan(20);
    expect(LIB.filter((f) => f.split('/').length < 3)).toEqual([]);
    const folders = [...new Set(LIB.map(folderOf))];
    expect(folders.filter((folder) => !LIB.includes(`${folder}/index.ts`))).toEqual([]);
  });

  it('reaches browser APIs only in lib/platform/', () => {
    const offenders = LIB.filter((f) => !f.startsWith('lib/platform/') && BROWSER_USE.test(code(f)));
    expect(offenders).toEqual([]);
    expect(LIB.filter((f) => f.startsWith('lib/platform/') && BROWSER_USE.test(code(f)))).not.toEqual([]);
  });

  it('is imported from outside a folder only through its face', () => {
    const offenders = APP.flatMap((file) =>
      importsOf(file)
        .filter((target) => target.startsWith('lib/') && target.split('/').length > 2)
        .filter((target) => folderOf(target) !== folderOf(file))
        .filter((target) => !target.endsWith('/index'))
        .map((target) => `${file} -> ${target}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps the contract modules free of the browser, so they run in plain Node', () => {
    const closure = (start: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(start)) return seen;
      seen.add(start);
      const file = [`${start}.ts`, `${start}/index.ts`].find((f) => LIB.includes(f));
      for (const target of file ? importsOf(file, true) : [])
        if (target.startsWith('lib/')) closure(target, seen);
      return seen;
    };
    for (const contract of ['lib/catalogue', 'lib/search', 'lib/links/check', 'lib/omnibox']) {
      const reached = [...closure(contract)].filter((m) => m.startsWith('lib/platform'));
      expect(reached, contract).toEqual([]);
    }
  });
});

describe('the map', () => {
  it('names every lib/ folder in docs/architecture.md', () => {
    const map = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');
    const folders = [...new Set(LIB.map(folderOf))];
    expect(folders.filter((folder) => !map.includes(`${relative('.', folder)}/`))).toEqual([]);
  });
});
