/**
 * Politeness: one request at a time overall, and at least `minGapMs` between the end of one
 * request to a host and the start of the next to that host. One at a time overall is the simplest
 * rule that also holds when the browser follows redirects itself: an unseen hop can meet no other
 * request. Walked redirects (`redirect: 'manual'`) wait out each hop's own host's gap. The links
 * are asked with their hosts taking turns (`inTurns`), so one host's gap passes while others answer.
 */
import type { Settings } from './types';

/** Runs one request to `host` once its gap has passed; the caller awaits it before the next. */
export type TakeTurn = <T>(host: string, request: () => Promise<T>) => Promise<T>;

export function hostGaps(s: Pick<Settings, 'minGapMs' | 'sleep' | 'signal'>): TakeTurn {
  const lastEnd = new Map<string, number>();
  return async (host, request) => {
    const wait = (lastEnd.get(host) ?? -Infinity) + s.minGapMs - Date.now();
    if (wait > 0) await s.sleep(wait);
    s.signal?.throwIfAborted();
    try {
      return await request();
    } finally {
      lastEnd.set(host, Date.now());
    }
  };
}

export const hostOf = (url: string): string => (URL.canParse(url) ? new URL(url).host : '');

/** The items with their hosts taking turns: each host's first, then each host's second, and so on. */
export function inTurns<T>(items: T[], host: (item: T) => string): T[] {
  const counts = new Map<string, number>();
  const rounds = items.map((item) => {
    const round = counts.get(host(item)) ?? 0;
    counts.set(host(item), round + 1);
    return { item, round };
  });
  // A stable sort: within a round, the order given.
  return rounds.sort((a, b) => a.round - b.round).map((r) => r.item);
}
