/**
 * The layout rules other parts rely on, checked on the source itself (docs/architecture.md):
 * lib/ is a set of concept folders, each imported only through its public face (index.ts) and
 * only from folders on a higher floor; the browser's globals are reached only where they are
 * allowed; the four contract modules run in plain Node.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';
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
    code(file).match(/^(?:import|export)[^;]*?from\s*['"]\.[^'"]+['"]|import\(\s*['"]\.[^'"]+['"]/gm) ?? [];
  return statements
    .filter((s) => !(runtime && /^(?:import|export) type\b/.test(s)))
    .map((s) => /['"](\.[^'"]+)['"]/.exec(s)?.[1] as string)
    .map((spec) => normalize(join(dirname(file), spec)).replace(/\.tsx?$/, ''));
}

const LIB = sourceFiles('lib');
const APP = [...LIB, ...sourceFiles('components'), ...sourceFiles('entrypoints')];
const folderOf = (path: string) => path.split('/').slice(0, 2).join('/');

// lib/'s folders, lowest floor first: a folder imports only folders on a floor below its own,
// type imports included, so lib/ has no import circle. The texts (i18n) stand above what they
// put into words. docs/architecture.md draws the same floors.
const FLOORS = [
  ['platform', 'catalogue', 'pages'],
  ['search', 'links', 'pinned', 'specialty'],
  ['list', 'answers'],
  ['i18n'],
  ['prefs', 'omnibox'],
  ['policy', 'related', 'share'],
  ['build'],
];
const floorOf = (folder: string) => FLOORS.findIndex((floor) => floor.includes(folder.slice('lib/'.length)));

// Where each browser global may be used, bare or auto-imported (WXT auto-imports `browser` into
// the extension's code, so a missing import proves nothing): everywhere else, code stays
// testable in Node and lib/ runs in `npm run check-links` and `npm run eval:search`.
const GLOBALS: Record<string, readonly string[]> = {
  browser: ['lib/platform/', 'entrypoints/'],
  chrome: ['lib/platform/', 'entrypoints/'],
  document: ['components/', 'entrypoints/'],
  localStorage: ['lib/platform/'],
};
// Importing the extension APIs by name counts as using `browser`.
const BROWSER_MODULE = /^(?:wxt\/browser|wxt\/utils\/.*|#imports|webextension-polyfill)$/;
const GLOBAL_OBJECT = new Set(['globalThis', 'window', 'self']);

/** The names a function's parameters or a block's own declarations bind. */
function boundHere(scope: ts.Node): string[] {
  const names = (name: ts.BindingName): string[] =>
    ts.isIdentifier(name)
      ? [name.text]
      : name.elements.flatMap((e) => (ts.isBindingElement(e) ? names(e.name) : []));
  if (ts.isFunctionLike(scope)) return scope.parameters.flatMap((p) => names(p.name));
  if (!ts.isBlock(scope) && !ts.isSourceFile(scope)) return [];
  return scope.statements.flatMap((statement) => {
    if (ts.isVariableStatement(statement))
      return statement.declarationList.declarations.flatMap((d) => names(d.name));
    return ts.isFunctionDeclaration(statement) && statement.name ? [statement.name.text] : [];
  });
}

/** Whether this identifier means the global of that name: not a key, a member or a local. */
function isGlobalUse(id: ts.Identifier): boolean {
  const parent = id.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === id)
    return ts.isIdentifier(parent.expression) && GLOBAL_OBJECT.has(parent.expression.text);
  if (ts.isImportSpecifier(parent) || ts.isImportClause(parent)) return false; // the module says it
  if ('name' in parent && parent.name === id && !ts.isShorthandPropertyAssignment(parent)) return false;
  for (let scope: ts.Node | undefined = parent; scope; scope = scope.parent)
    if (boundHere(scope).includes(id.text)) return false;
  return true;
}

/** The browser globals a file uses, and `browser` for an import of the extension APIs. */
function globalsUsed(file: string): Set<string> {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const used = new Set<string>();
  if (!/\b(?:browser|chrome|document|localStorage)\b|from ['"](?:wxt|#|webextension)/.test(text)) return used;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && Object.hasOwn(GLOBALS, node.text) && isGlobalUse(node)) used.add(node.text);
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier))
      if (BROWSER_MODULE.test(node.moduleSpecifier.text)) used.add('browser');
    ts.forEachChild(node, visit);
  };
  visit(source);
  return used;
}

describe('lib/', () => {
  it('is concept folders only, each with a public face', () => {
    expect(LIB.length).toBeGreaterThan(20);
    expect(LIB.filter((f) => f.split('/').length < 3)).toEqual([]);
    const folders = [...new Set(LIB.map(folderOf))];
    expect(folders.filter((folder) => !LIB.includes(`${folder}/index.ts`))).toEqual([]);
  });

  it('gives every folder a floor, and names no folder that is gone', () => {
    const folders = new Set(LIB.map((f) => folderOf(f).slice('lib/'.length)));
    expect([...folders].filter((folder) => floorOf(`lib/${folder}`) < 0)).toEqual([]);
    expect(FLOORS.flat().filter((folder) => !folders.has(folder))).toEqual([]);
  });

  it('imports only from the floors below, type imports included', () => {
    const offenders = LIB.flatMap((file) =>
      importsOf(file)
        .filter((target) => folderOf(target) !== folderOf(file))
        .filter(
          (target) => !target.startsWith('lib/') || floorOf(folderOf(target)) >= floorOf(folderOf(file)),
        )
        .filter((target) => !target.startsWith('assets/'))
        .map((target) => `${file} -> ${target}`),
    );
    expect(offenders).toEqual([]);
  });

  it('is imported from outside a folder only through its face', () => {
    const offenders = APP.flatMap((file) =>
      importsOf(file)
        .filter((target) => target.startsWith('lib/') && target.split('/').length > 2)
        .filter((target) => folderOf(target) !== folderOf(file))
        .filter((target) => !target.endsWith('/index'))
        // Build-time code reads lib/catalogue/parse.ts (with ajv) off its face, so ajv stays off every
        // page: the other folders' checks validate as the catalogue's do, and lib/build ships the
        // data as validation returns it.
        .filter((target) => target !== 'lib/catalogue/parse' || !/\/parse\.ts$|^lib\/build\//.test(file))
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

describe('the browser', () => {
  it('is reached only where allowed: browser, chrome, document, localStorage, bare or auto-imported', () => {
    const offenders = APP.flatMap((file) =>
      [...globalsUsed(file)]
        .filter((name) => !GLOBALS[name]?.some((allowed) => file.startsWith(allowed)))
        .map((name) => `${file}: ${name}`),
    );
    expect(offenders).toEqual([]);
    // The rule sees what it must: lib/platform is where lib/ meets the browser.
    expect(LIB.filter((f) => globalsUsed(f).has('browser'))).toContain('lib/platform/storage.ts');
    expect(LIB.filter((f) => globalsUsed(f).has('localStorage'))).toContain('lib/platform/mirror.ts');
    // TypeScript's own parser reads the files that name a global: about a second on a quiet
    // machine, several times that on a busy one.
  }, 30_000);

  it('keeps components/ below entrypoints/: a component never imports a page', () => {
    const offenders = sourceFiles('components').filter((f) =>
      importsOf(f).some((target) => target.startsWith('entrypoints/')),
    );
    expect(offenders).toEqual([]);
  });
});

describe('the map', () => {
  it('names every lib/ folder in docs/architecture.md', () => {
    const map = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');
    const folders = [...new Set(LIB.map(folderOf))];
    expect(folders.filter((folder) => !map.includes(`${relative('.', folder)}/`))).toEqual([]);
  });

  it('draws the floors the test holds', () => {
    const map = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');
    FLOORS.forEach((floor, index) => {
      const drawn = new RegExp(`^${index} +${floor.map((f) => `${f}/`).join(' +')} *$`, 'm');
      expect(map, `floor ${index}`).toMatch(drawn);
    });
  });
});
