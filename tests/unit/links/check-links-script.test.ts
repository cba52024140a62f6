/** npm run check-links: the same checker from Node, against the local link server. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINKS, linkCatalogue } from '../../fixtures/link-catalogue';
import { startLinkServer, type LinkServer } from '../../fixtures/link-server';

let server: LinkServer;
let dir: string;
beforeAll(async () => {
  server = await startLinkServer();
  dir = mkdtempSync(join(tmpdir(), 'spes-check-links-'));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Runs the script as `npm run check-links` does, in one Node process with tsx's loader (`npx tsx`
 * would add npx and a second Node process: twice the CPU, which a busy machine makes slow). No page
 * here is slow, so the 10 s per request is never waited for; it only keeps a busy machine from
 * making an ordinary page time out (as fastOptions in ./helpers.ts explains).
 */
function checkLinks(...args: string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    const script = ['--import', 'tsx', 'scripts/check-links.ts', '--min-gap=0', '--timeout=10000', ...args];
    const done = (error: { code?: unknown } | null, stdout: string) =>
      resolve({ code: error ? Number(error.code) : 0, stdout });
    execFile(process.execPath, script, done);
  });
}

// Each test starts a Node process that compiles the script's TypeScript: about half a second on a
// quiet two-core machine, several seconds on a busy one. Hence the explicit limit.
describe('check-links script', { timeout: 30_000 }, () => {
  it('checks a catalogue file, prints JSON with --json and exits 1 when a link is broken', async () => {
    const file = join(dir, 'catalogue.json');
    writeFileSync(file, JSON.stringify(linkCatalogue(server.port)));
    const { code, stdout } = await checkLinks('--json', file);
    const states = Object.fromEntries(
      (JSON.parse(stdout) as { url: string; state: string }[]).map((r) => [new URL(r.url).pathname, r.state]),
    );
    expect(states).toEqual(Object.fromEntries(Object.values(LINKS).map((l) => [l.path, l.expected])));
    expect(code).toBe(1);
  });

  it('prints a table and exits 0 when nothing is broken', async () => {
    const { code, stdout } = await checkLinks(server.url('/ok'), server.url('/moved'));
    expect(stdout).toMatch(/^OK\s+200\s+ok\s+http:\/\/127\.0\.0\.1:\d+\/ok$/m);
    expect(stdout).toMatch(/-> http:\/\/127\.0\.0\.1:\d+\/new-home/);
    expect(stdout).toContain('2 links checked, 0 broken.');
    expect(code).toBe(0);
  });
});
