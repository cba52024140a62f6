/**
 * Politeness per host: one request at a time, and at least `minGapMs` between the end of one
 * request to a host and the start of the next. Walked redirects (`redirect: 'manual'`) take
 * each hop's own host's turn. A browser that follows redirects itself may reach any host unseen,
 * so in 'follow' mode the requests also run one at a time overall: a hop can then never meet
 * another request on its host. The gap counts between the requests Spes addresses to a host;
 * an unseen hop is not one of them. Lanes of other hosts still wait out their gaps side by side.
 */
import type { Settings } from './types';

export interface HostTurns {
  /** Runs one request in `host`'s turn, after its gap. */
  take<T>(host: string, send: () => Promise<T>): Promise<T>;
}

type Pace = Pick<Settings, 'minGapMs' | 'now' | 'sleep' | 'signal' | 'redirect'>;

/** Runs jobs one after another, each once the one before has settled. */
function serially(): <T>(job: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return (job) => {
    const run = last.then(job);
    last = run.catch(() => undefined);
    return run;
  };
}

export function createHostTurns(s: Pace): HostTurns {
  const turns = new Map<string, ReturnType<typeof serially>>();
  const lastEnd = new Map<string, number>();
  const everyHost = s.redirect === 'follow' ? serially() : null;
  const send = <T>(request: () => Promise<T>) => {
    s.signal?.throwIfAborted();
    return request();
  };
  return {
    take(host, request) {
      let turn = turns.get(host);
      if (!turn) turns.set(host, (turn = serially()));
      return turn(async () => {
        const wait = (lastEnd.get(host) ?? -Infinity) + s.minGapMs - s.now();
        if (wait > 0) await s.sleep(wait);
        try {
          return await (everyHost ? everyHost(() => send(request)) : send(request));
        } finally {
          lastEnd.set(host, s.now());
        }
      });
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
