/**
 * A malformed catalogue stops the real build (wxt.config.ts, build:before) with the entry and the
 * field named, before anything is written. It runs `wxt build` in a process of its own, so it is in
 * the spawning project (vitest.config.ts); no browser is needed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { tryBuildWithCatalogue } from '../../fixtures/test-build';

// A build took up to 12 s on a busy two-core machine (load average 23): within the spawning
// project's limit (vitest.config.ts).
it('a catalogue entry without a publisher fails the build, naming entry and field', () => {
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
