/**
 * Telling "no network" from dead links within seconds. When the first few requests of a run all
 * fail before any server has answered, and on more than one host, the fault is on our side of
 * the wire: a run that went on would only spend its retries (minutes) to learn that every link
 * failed alike. A single unreachable host is not enough, and one answer from anywhere ends the
 * watch for the rest of the run. Timeouts do not count: a slow network is still a network.
 */
import { hostOf } from './hosts';
import type { FetchLike } from './types';

/**
 * Wraps a run's fetch; calls `onNoNetwork` once, when the first `after` requests to settle all
 * failed at the network level, on at least two hosts.
 */
export function watchForNoNetwork(fetch: FetchLike, onNoNetwork: () => void, after = 3): FetchLike {
  // Until an answer comes, or no network has been told.
  let watching = true;
  let failures = 0;
  const hosts = new Set<string>();
  return async (url, init) => {
    try {
      const response = await fetch(url, init);
      watching = false;
      return response;
    } catch (error) {
      // An abort is ours (a timeout, or the run stopping), not the network's.
      if (watching && !init?.signal?.aborted) {
        failures += 1;
        hosts.add(hostOf(url));
        if (failures >= after && hosts.size >= 2) {
          watching = false;
          onNoNetwork();
        }
      }
      throw error;
    }
  };
}
