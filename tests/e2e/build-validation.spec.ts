/**
 * A malformed catalogue stops the real build (wxt.config.ts, build:before) with the entry and the
 * field named, before anything is written. A Playwright spec because it runs `wxt build`, like the
 * other specs that need a build; no browser is opened.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

let workDir: string;

test.beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'spes-build-check-'));
});

test.afterAll(() => rmSync(workDir, { recursive: true, force: true }));

test('a catalogue entry without a publisher fails the build, naming entry and field', () => {
  test.setTimeout(120_000);
  const catalogue = JSON.parse(readFileSync('assets/catalogue.json', 'utf8'));
  delete catalogue.entries[3].publisher;
  const file = join(workDir, 'catalogue.json');
  writeFileSync(file, JSON.stringify(catalogue));
  const outDir = join(workDir, 'out');
  const build = spawnSync('npx', ['wxt', 'build'], {
    env: { ...process.env, SPES_CATALOGUE: file, SPES_OUT_DIR: outDir },
    encoding: 'utf8',
  });
  expect(build.status, 'the build must fail').not.toBe(0);
  expect(`${build.stdout}${build.stderr}`).toContain(`entry "${catalogue.entries[3].id}", field "publisher"`);
  expect(existsSync(join(outDir, 'chrome-mv3', 'manifest.json')), 'nothing is built').toBe(false);
});
