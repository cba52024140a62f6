/**
 * The extension's host permissions, derived from the catalogue at build time (wxt.config.ts):
 * exactly the hosts the link check requests. A video is checked through its thumbnail
 * (lib/links/youtube.ts), so its own host is never requested and needs no permission: opening a
 * link in a tab needs none. A link that redirects to a host not listed here cannot be followed
 * from the extension, so it shows as unknown (never broken); `npm run check-links` shows where
 * it went.
 */
import { probeUrlFor } from '../links';

/** Match patterns (scheme://host/*), sorted and without duplicates. */
export function hostPermissionsFor(urls: readonly string[]): string[] {
  const patterns = new Set<string>();
  for (const raw of urls) {
    const url = new URL(probeUrlFor(raw));
    patterns.add(`${url.protocol}//${url.hostname}/*`);
  }
  return [...patterns].sort();
}
