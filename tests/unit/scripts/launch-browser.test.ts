/**
 * `npm start`'s launcher (scripts/launch-browser.ts) removes its temporary profile when it is
 * stopped by Ctrl+C or a signal, closing the browser first. The browser here is a stand-in that
 * records its arguments and waits to be ended, as a browser does.
 */
import { spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dirs: string[] = [];
const browsers: number[] = [];
afterAll(() => {
  for (const pid of browsers.filter(alive)) process.kill(pid); // only left by a failing launcher
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Polls until `file` exists; the launcher starts in its own Node process, so this may take a while. */
async function waitForFile(file: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!existsSync(file) || readFileSync(file, 'utf8') === '') {
    if (Date.now() > until) throw new Error(`${file} never appeared`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// The launcher starts a Node process that compiles TypeScript: about a second on a quiet two-core
// machine, several on a busy one (the spawning project's limit, vitest.config.ts).
describe.skipIf(process.platform === 'win32')(
  'the npm start launcher (POSIX only: its stand-in browser is a shell script)',
  () => {
    it.concurrent.each(['SIGINT', 'SIGTERM'] as const)(
      'closes the browser and removes the profile on %s',
      async (signal) => {
        const dir = mkdtempSync(join(tmpdir(), 'spes-launch-test-'));
        dirs.push(dir);
        const browser = join(dir, 'fake-chromium');
        const record = join(dir, 'browser-args');
        // `exec` keeps the process id, so the recorded id is the browser's own.
        writeFileSync(
          browser,
          `#!/bin/sh\necho "$$ $*" > "${record}.tmp" && mv "${record}.tmp" "${record}"\nexec sleep 600\n`,
        );
        chmodSync(browser, 0o755);

        const launcher = spawn(process.execPath, ['--import', 'tsx', 'scripts/launch-browser.ts'], {
          env: { ...process.env, CHROME_PATH: browser, TMPDIR: dir },
          stdio: 'ignore',
        });
        const exited = new Promise<number | null>((resolve) => launcher.on('exit', (code) => resolve(code)));
        await waitForFile(record, 100_000);

        const [pid = '', ...args] = readFileSync(record, 'utf8').trim().split(' ');
        browsers.push(Number(pid));
        const profiles = readdirSync(dir).filter((name) => name.startsWith('spes-start-'));
        expect(profiles).toHaveLength(1);
        expect(args).toContain(`--user-data-dir=${join(dir, profiles[0] ?? '')}`);
        expect(args).toContain('--no-startup-window');

        launcher.kill(signal);
        expect(await exited).toBe(128 + constants.signals[signal]);
        expect(readdirSync(dir).filter((name) => name.startsWith('spes-start-'))).toEqual([]);
        expect(alive(Number(pid))).toBe(false);
      },
    );
  },
);
