/**
 * Recognises catalogue entries by address, and turns any address into words. Addresses are
 * compared loosely (scheme, "www.", case, trailing slash, query and fragment ignored), so a
 * page reached by a slightly different link still counts as the entry.
 */
import type { Catalogue, Entry } from './types';

function safeUrl(raw: string | undefined): URL | null {
  if (!raw) return null;
  try {
    return new URL(raw.trim());
  } catch {
    return null;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A comparable key for web addresses; null for chrome:, about:, data: and the like. */
export function urlKey(raw: string | undefined): string | null {
  const url = safeUrl(raw);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  // A YouTube video has two addresses; the catalogue uses the short one.
  const video =
    host === 'youtu.be' ? url.pathname.slice(1) : host === 'youtube.com' && url.searchParams.get('v');
  if (video) return `youtube/${video}`;
  const path = safeDecode(url.pathname).toLowerCase().replace(/\/+$/, '');
  return `${host}${path}`;
}

export function findEntryByUrl(cat: Catalogue, raw: string | undefined): Entry | undefined {
  const key = urlKey(raw);
  if (key === null) return undefined;
  return cat.entries.find((e) => urlKey(e.url) === key);
}

/** The words in a web or file address's path, most specific (last) segment first. */
export function urlWords(raw: string | undefined): string {
  const url = safeUrl(raw);
  if (!url || !['https:', 'http:', 'file:'].includes(url.protocol)) return '';
  const segments = url.pathname.split('/').filter(Boolean).map(safeDecode);
  return segments
    .reverse()
    .map((s) => s.replace(/\.[a-z0-9]{1,5}$/i, '').replace(/[-_.+]+/g, ' '))
    .join(' ');
}
