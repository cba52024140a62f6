/**
 * npm run check-links: the same checker from Node, against the local link server, and the list of
 * redirects to pages not yet recorded as successors (docs/catalogue.md).
 */
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
 * here is slow, so the 30 s per request is never waited for; it only keeps a busy machine from
 * making an ordinary page time out (as fastOptions in ./helpers.ts explains).
 */
function checkLinks(...args: string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    const script = ['--import', 'tsx', 'scripts/check-links.ts', '--min-gap=0', '--timeout=30000', ...args];
    const done = (error: { code?: unknown } | null, stdout: string) =>
      resolve({ code: error ? Number(error.code) : 0, stdout });
    execFile(process.execPath, script, done);
  });
}

// Each test starts a Node process that compiles the script's TypeScript: about half a second on a
// quiet two-core machine, several seconds on a busy one: the spawning project's limit
// (vitest.config.ts) leaves room for that.
describe('check-links script', () => {
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

  it('checks successors too, and lists a redirect to a page not yet recorded as one', async () => {
    const cat = linkCatalogue(server.port);
    const ok = cat.entries.find((e) => e.id === 'virker');
    if (!ok) throw new Error('the link catalogue lost "virker"');
    // A recorded successor that itself redirects: that move is news too.
    ok.successors = [{ title: 'Ny testside', url: server.url('/moved'), since: '2025' }];
    const file = join(dir, 'unrecorded.json');
    writeFileSync(file, JSON.stringify(cat));
    const { stdout } = await checkLinks(file);
    expect(stdout).toContain(`${cat.entries.length + 1} links checked`);
    const report = stdout.slice(stdout.indexOf('Redirects to pages not yet recorded as successors'));
    expect(report).toMatch(/^Redirects to pages not yet recorded as successors \(2\)/);
    expect(report).toContain(
      `  flyttet\n    ${server.url('/moved', 'localhost')}\n    -> ${server.url('/new-home', 'localhost')}`,
    );
    expect(report).toContain('  virker, successor «Ny testside»');
  });

  it('is quiet about a redirect to a recorded successor, and says which entry in JSON otherwise', async () => {
    const cat = linkCatalogue(server.port);
    const moved = cat.entries.find((e) => e.id === 'flyttet');
    if (!moved) throw new Error('the link catalogue lost "flyttet"');
    moved.successors = [{ title: 'Nytt hjem', url: server.url('/new-home', 'localhost'), since: '2025-01' }];
    const file = join(dir, 'recorded.json');
    writeFileSync(file, JSON.stringify(cat));
    const text = await checkLinks(file);
    expect(text.stdout).toContain('No link redirects to a page that is not recorded as a successor.');
    expect(text.stdout).toMatch(/^OK\s+200\s+ok\s+http:\/\/localhost:\d+\/new-home$/m);

    const unrecorded = join(dir, 'unrecorded-json.json');
    writeFileSync(unrecorded, JSON.stringify(linkCatalogue(server.port)));
    const { stdout } = await checkLinks('--json', unrecorded);
    const results = JSON.parse(stdout) as { url: string; notRecordedFor?: string[] }[];
    const notes = results
      .filter((r) => r.notRecordedFor)
      .map((r) => [new URL(r.url).pathname, r.notRecordedFor]);
    expect(notes).toEqual([['/moved', ['flyttet']]]);
  });

  it('prints a table and exits 0 when nothing is broken', async () => {
    const { code, stdout } = await checkLinks(server.url('/ok'), server.url('/moved'));
    expect(stdout).toMatch(/^OK\s+200\s+ok\s+http:\/\/127\.0\.0\.1:\d+\/ok$/m);
    expect(stdout).toMatch(/-> http:\/\/127\.0\.0\.1:\d+\/new-home/);
    expect(stdout).toContain('2 links checked, 0 broken.');
    expect(code).toBe(0);
  });
});
