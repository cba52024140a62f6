/**
 * YouTube answers 200 for the watch page of a removed video, so a video is checked through its
 * thumbnail image instead, which is 404 once the video is gone.
 */
import { youtubeVideoId } from '../catalogue';

export const DEFAULT_THUMBNAIL_BASE = 'https://i.ytimg.com';

/** The URL actually requested to check `url`: the thumbnail for a video, else the URL itself. */
export function probeUrlFor(url: string, thumbnailBase = DEFAULT_THUMBNAIL_BASE): string {
  const id = youtubeVideoId(url);
  return id === null ? url : `${thumbnailBase}/vi/${id}/hqdefault.jpg`;
}
