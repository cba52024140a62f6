/**
 * A malformed catalogue stops the real build (wxt.config.ts, build:before) with the entry and the
 * field named, before anything is written. A Playwright spec because it runs `wxt build`, like the
 * other specs that need a build; no browser is opened.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { tryBuildWithCatalogue } from '../fixtures/test-build';

test('a catalogue entry without a publisher fails the build, naming entry and field', () => {
  test.setTimeout(120_000);
  const catalogue = JSON.parse(readFileSync('assets/catalogue.json', 'utf8'));
  delete catalogue.entries[3].publisher;
  const attempt = tryBuildWithCatalogue(catalogue);
  try {
    expect(attempt.status, 'the build must fail').not.toBe(0);
    expect(attempt.output).toContain(`entry "${catalogue.entries[3].id}", field "publisher"`);
    expect(existsSync(join(attempt.dir, 'manifest.json')), 'nothing is built').toBe(false);
  } finally {
    attempt.remove();
  }
});
