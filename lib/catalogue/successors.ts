/**
 * Where the guidance has moved on since the seed document: which entry an address belongs to,
 * whether a page it now leads to is already recorded as its successor (`npm run check-links`
 * lists those that are not).
 */
import { urlKey } from './entry-url';
import type { Catalogue, Entry, Successor } from './types';

/**
 * Every place an address has in the catalogue, compared exactly as written in the data: an entry's
 * own address, or one of its successors' (then named with it).
 */
export function placesOf(cat: Catalogue, url: string): { entry: Entry; successor?: Successor }[] {
  return cat.entries.flatMap((entry) => [
    ...(entry.url === url ? [{ entry }] : []),
    ...(entry.successors ?? []).filter((s) => s.url === url).map((successor) => ({ entry, successor })),
  ]);
}

/** An entry's addresses: its own, then its successors'. */
export const addressesOf = (entry: Entry) => [entry.url, ...(entry.successors ?? []).map((s) => s.url)];

/**
 * True when `to` is already known for this entry: its own page, or a recorded successor.
 * Compared loosely (lib/catalogue/entry-url.ts: scheme, "www.", case, trailing slash and query
 * ignored), so a redirect that only tidies an address is not news. An address that is no web
 * address matches none: every address of the catalogue is one (its schema).
 */
export function isRecordedFor(entry: Entry, to: string): boolean {
  const key = urlKey(to);
  return addressesOf(entry).some((u) => urlKey(u) === key);
}
