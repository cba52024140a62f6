/**
 * YouTube answers 200 for the watch page of a removed video, so a video is checked
 * through its thumbnail image instead, which is 404 once the video is gone.
 */

const SHORT_HOST = 'youtu.be';
const WATCH_HOSTS = new Set(['www.youtube.com', 'youtube.com', 'm.youtube.com']);
const VIDEO_ID = /^[A-Za-z0-9_-]{6,20}$/;

export const DEFAULT_THUMBNAIL_BASE = 'https://i.ytimg.com';

export function youtubeVideoId(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const id =
    parsed.hostname === SHORT_HOST
      ? parsed.pathname.slice(1)
      : WATCH_HOSTS.has(parsed.hostname) && parsed.pathname === '/watch'
        ? (parsed.searchParams.get('v') ?? '')
        : '';
  return VIDEO_ID.test(id) ? id : null;
}

/** The URL actually requested to check `url`: the thumbnail for a video, else the URL itself. */
export function probeUrlFor(url: string, thumbnailBase = DEFAULT_THUMBNAIL_BASE): string {
  const id = youtubeVideoId(url);
  return id === null ? url : `${thumbnailBase}/vi/${id}/hqdefault.jpg`;
}
