/**
 * Politeness per host: one request at a time, and at least `minGapMs` between the end of
 * one request and the start of the next. Each host gets a lane that works through its
 * links in order; different hosts run side by side.
 */
import type { Settings } from './types';

export interface HostLane {
  /** Runs one request in this host's turn, after the gap since the previous one. */
  request<T>(send: () => Promise<T>): Promise<T>;
}

export function createLane(s: Pick<Settings, 'minGapMs' | 'now' | 'sleep'>): HostLane {
  let lastEnd: number | null = null;
  return {
    async request(send) {
      if (lastEnd !== null) {
        const wait = lastEnd + s.minGapMs - s.now();
        if (wait > 0) await s.sleep(wait);
      }
      try {
        return await send();
      } finally {
        lastEnd = s.now();
      }
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
