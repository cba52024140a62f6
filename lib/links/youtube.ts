/**
 * YouTube answers 200 for the watch page of a removed video, so a video is checked through its
 * thumbnail image instead, which is 404 once the video is gone.
 */
import { youtubeVideoId } from '../catalogue';

/** The URL actually requested to check `url`: the thumbnail for a video, else the URL itself. */
export function probeUrlFor(url: string): string {
  const id = youtubeVideoId(url);
  return id === null ? url : `https://i.ytimg.com/vi/${id}/hqdefault.jpg`;
}
