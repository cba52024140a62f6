/**
 * The extension's host permissions, derived from the catalogue at build time (wxt.config.ts):
 * exactly the hosts the link check requests, and the hosts they are known to send it on to.
 * A video is checked through its thumbnail (lib/links/youtube.ts), so its own host is never
 * requested and needs no permission: opening a link in a tab needs none.
 * A link that redirects to a host not listed here cannot be followed from the extension,
 * so it shows as unknown (never broken); `npm run check-links` shows where it went, and the
 * host can then be added below.
 */
import { probeUrlFor } from '../links';

/** Hosts a requested host is known to redirect to, and why. None today. */
export const KNOWN_REDIRECT_TARGETS: Record<string, readonly string[]> = {};

/** Match patterns (scheme://host/*), sorted and without duplicates. */
export function hostPermissionsFor(urls: readonly string[]): string[] {
  const patterns = new Set<string>();
  for (const raw of urls) {
    const url = new URL(probeUrlFor(raw));
    patterns.add(`${url.protocol}//${url.hostname}/*`);
    for (const target of KNOWN_REDIRECT_TARGETS[url.hostname] ?? []) patterns.add(`https://${target}/*`);
  }
  return [...patterns].sort();
}
