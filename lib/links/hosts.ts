/**
 * Politeness per host: one request at a time, and at least `minGapMs` between the end of one
 * request and the start of the next. Links are worked through per first host, but a request
 * takes the turn of every host it reaches: each hop of a walked redirect takes its own host's
 * turn, and a followed redirect (where the browser hides the hops) takes the turns of the hosts
 * its first host was seen to lead to, so a hop never runs beside that host's own requests.
 */
import type { Settings } from './types';

export interface HostTurns {
  /** Runs one request in the turn of every host in `hosts`, after each one's gap. */
  take<T>(hosts: readonly string[], send: () => Promise<T>): Promise<T>;
  /** The hosts a request to `host` is known to reach: itself and where it led before. */
  reachedFrom(host: string): string[];
  /** Records that a request to `from` ended at `to`. */
  learn(from: string, to: string): void;
}

type Pace = Pick<Settings, 'minGapMs' | 'now' | 'sleep' | 'signal'>;

export function createHostTurns(s: Pace): HostTurns {
  // Per host, the promise that settles when its last queued request is done.
  const queues = new Map<string, Promise<void>>();
  const lastEnd = new Map<string, number>();
  const leadsTo = new Map<string, Set<string>>();
  return {
    async take(hosts, send) {
      const wanted = [...new Set(hosts)];
      let release = () => {};
      const done = new Promise<void>((resolve) => (release = resolve));
      // Queued on every host in one synchronous step: the queues share one order, so two
      // requests that both need hosts A and B can never wait for each other.
      const before = wanted.map((host) => queues.get(host) ?? Promise.resolve());
      for (const host of wanted) queues.set(host, done);
      try {
        await Promise.all(before);
        const wait = Math.max(0, ...wanted.map((h) => (lastEnd.get(h) ?? -Infinity) + s.minGapMs - s.now()));
        if (wait > 0) await s.sleep(wait);
        s.signal?.throwIfAborted();
        return await send();
      } finally {
        const end = s.now();
        for (const host of wanted) lastEnd.set(host, end);
        release();
      }
    },
    reachedFrom: (host) => [host, ...(leadsTo.get(host) ?? [])],
    learn(from, to) {
      if (from === to || to === '') return;
      leadsTo.set(from, (leadsTo.get(from) ?? new Set()).add(to));
    },
  };
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return '';
  }
}

/** Groups items by key, keeping first-seen order of keys and of items within a key. */
export function groupBy<T>(items: T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k) ?? [];
    group.push(item);
    groups.set(k, group);
  }
  return [...groups.values()];
}

/** Runs `work` over the groups with at most `limit` groups in progress at once. */
export async function runGroups<T>(groups: T[][], limit: number, work: (group: T[]) => Promise<void>) {
  const queue = [...groups];
  const worker = async () => {
    for (let group = queue.shift(); group; group = queue.shift()) await work(group);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, queue.length)) }, worker));
}
