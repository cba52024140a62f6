/** Shared set-up for the link checker's tests: fast options and a fetch that stays on loopback. */
import { createServer } from 'node:net';
import type { CheckOptions, FetchLike } from '../../../lib/links';

/** Refuses anything but the local test server, so no test can reach a real host by mistake. */
export const loopbackFetch: FetchLike = (input, init) => {
  const host = new URL(input).hostname;
  if (!/^127\.\d+\.\d+\.\d+$/.test(host) && host !== 'localhost')
    throw new Error(`test tried to reach ${input}`);
  return fetch(input, init);
};

/**
 * A deadline for tests where the timeout is the point, against a page that answers after 2 s
 * ('/slow' in tests/fixtures/link-scenarios.ts).
 */
export const SHORT_TIMEOUT_MS = 300;

/**
 * Options that keep the suite fast; `waits` records every pause the checker asked for. Each request
 * gets 10 s, which no loopback answer comes near: with 300 ms, on a machine busy with other work
 * (load average 16 to 20), ordinary pages timed out and were retried, since a process's first
 * fetch() alone took 0.8 to 1.5 s there. Nothing here waits for that deadline, except '/slow'.
 */
export function fastOptions(extra: CheckOptions = {}): CheckOptions & { waits: number[] } {
  const waits: number[] = [];
  return {
    fetch: loopbackFetch,
    timeoutMs: 10_000,
    minGapMs: 0,
    backoffMs: 10,
    sleep: async (ms) => {
      waits.push(ms);
    },
    waits,
    ...extra,
  };
}

/** Polls until `condition` holds or `ms` pass. */
export async function eventually(condition: () => boolean, ms = 2000): Promise<void> {
  const until = Date.now() + ms;
  while (!condition() && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
}

/** A loopback port nothing listens on: connecting is refused at once, as with no network. */
export function closedPort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}
