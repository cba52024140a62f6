/**
 * Recognises catalogue entries by address, and turns any address into words. Addresses are
 * compared loosely (scheme, "www.", case, trailing slash, query and fragment ignored), so a
 * page reached by a slightly different link still counts as the entry.
 */
import type { Catalogue, Entry } from './types';

function safeUrl(raw: unknown): URL | null {
  return typeof raw === 'string' && URL.canParse(raw.trim()) ? new URL(raw.trim()) : null;
}

const isWeb = (url: URL | null): url is URL => url?.protocol === 'https:' || url?.protocol === 'http:';

/** The text with its %-escapes decoded; as it is when they do not decode. */
export function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * True for an http(s) address and nothing else: javascript:, data:, file: and the like never
 * reach an href or a request, whether they come from a policy, stored data or a redirect.
 */
export const isWebUrl = (value: unknown): value is string => isWeb(safeUrl(value));

/** "https://www.alis.no/om" -> "alis.no"; '' for an address that does not parse. */
export const siteOf = (raw: string | undefined): string => safeUrl(raw)?.hostname.replace(/^www\./, '') ?? '';

const YOUTUBE_WATCH = new Set(['www.youtube.com', 'youtube.com', 'm.youtube.com']);
const VIDEO_ID = /^[A-Za-z0-9_-]{6,20}$/;

/** The id of a YouTube video address (youtu.be/ID or youtube.com/watch?v=ID), else null. */
export function youtubeVideoId(raw: string | undefined): string | null {
  const url = safeUrl(raw);
  if (!url) return null;
  const id =
    url.hostname === 'youtu.be'
      ? url.pathname.slice(1)
      : YOUTUBE_WATCH.has(url.hostname) && url.pathname === '/watch'
        ? (url.searchParams.get('v') ?? '')
        : '';
  return VIDEO_ID.test(id) ? id : null;
}

/** A comparable key for web addresses; null for chrome:, about:, data: and the like. */
export function urlKey(raw: string | undefined): string | null {
  const url = safeUrl(raw);
  if (!isWeb(url)) return null;
  // A YouTube video has several addresses; they all mean the video.
  const video = youtubeVideoId(raw);
  if (video) return `youtube/${video}`;
  const path = decoded(url.pathname).toLowerCase().replace(/\/+$/, '');
  return `${siteOf(raw)}${path}`;
}

/** The entry at this address; one that is no web address finds none, as every entry's is one. */
export function findEntryByUrl(cat: Catalogue, raw: string | undefined): Entry | undefined {
  const key = urlKey(raw);
  return cat.entries.find((e) => urlKey(e.url) === key);
}

/** The words in a web or file address's path, most specific (last) segment first. */
export function urlWords(raw: string | undefined): string {
  const url = safeUrl(raw);
  if (!url || !['https:', 'http:', 'file:'].includes(url.protocol)) return '';
  const segments = url.pathname.split('/').filter(Boolean).map(decoded);
  return segments
    .reverse()
    .map((s) => s.replace(/\.[a-z0-9]{1,5}$/i, '').replace(/[-_.+]+/g, ' '))
    .join(' ');
}
