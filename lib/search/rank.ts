/**
 * Puts scored entries in the order the list shows them: entries scoring below a share of the
 * best drop out, the role's entries come before the rest, each part best first (ties in
 * catalogue order). Given a limit, only the best few are picked out instead of sorting every
 * hit: a short prefix scores thousands of entries in a large catalogue, the popup shows 50.
 */
import type { Catalogue, Entry } from '../catalogue';
import type { QueryScores } from './slots';

// Hits scoring below this share of the best hit are noise (a stray typo match, a common word).
const MIN_RELATIVE = 0.12;
// Sorting a part no bigger than this many times the limit is as quick as picking from it.
const SORT_ALL = 4;

/** Positions in the query's scores, in list order; the first `inRole` are the role's. */
export interface Ranked {
  order: number[];
  inRole: number;
}

/** Each role's entries flagged by index; a search without a known role counts every entry as in role. */
export function roleFlags(cat: Catalogue, entries: Entry[]): Map<string, Uint8Array> {
  return new Map(
    cat.roles.map((r) => {
      const ids = new Set(r.groups.flatMap((g) => g.entries));
      return [r.id, Uint8Array.from(entries, (e) => (ids.has(e.id) ? 1 : 0))];
    }),
  );
}

type Order = (a: number, b: number) => number;

/** The first `k` of `items` in `order`: a sorted list of the best so far, kept to length k. */
function firstInOrder(items: number[], k: number, order: Order): number[] {
  if (k <= 0) return [];
  if (items.length <= k * SORT_ALL) return items.sort(order).slice(0, k);
  const top: number[] = [];
  for (const item of items) {
    if (top.length === k && order(item, top[k - 1] ?? 0) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (order(top[mid] ?? 0, item) < 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, item);
    if (top.length > k) top.pop();
  }
  return top;
}

/** `inRole` flags the role's entries by index (null: every entry is in role); `limit` as Array.slice reads it. */
export function rank(scores: QueryScores, inRole: Uint8Array | null, limit: number): Ranked {
  const { entries, relevance, size } = scores;
  let best = 0;
  for (let i = 0; i < size; i++) best = Math.max(best, relevance[i] ?? 0);
  const mine: number[] = [];
  const others: number[] = [];
  for (let i = 0; i < size; i++) {
    if ((relevance[i] ?? 0) < best * MIN_RELATIVE) continue;
    if (inRole === null || inRole[entries[i] ?? 0] === 1) mine.push(i);
    else others.push(i);
  }
  const order: Order = (a, b) =>
    (relevance[b] ?? 0) - (relevance[a] ?? 0) || (entries[a] ?? 0) - (entries[b] ?? 0);
  const k = Number.isNaN(limit) ? 0 : Math.max(0, Math.trunc(limit));
  const first = firstInOrder(mine, k, order);
  const rest = firstInOrder(others, k - first.length, order);
  return { order: first.concat(rest), inRole: first.length };
}
