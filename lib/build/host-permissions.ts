/**
 * The extension's host permissions, derived from the catalogue at build time (wxt.config.ts):
 * exactly the catalogue's hosts and the hosts they are known to send the checker on to.
 * A link that redirects to a host not listed here cannot be followed from the extension,
 * so it shows as unknown (never broken); `npm run check-links` shows where it went, and the
 * host can then be added below.
 */

/** Hosts a catalogue host is known to lead to, and why. */
export const KNOWN_REDIRECT_TARGETS: Record<string, readonly string[]> = {
  // Videos are checked through their thumbnail (lib/link-youtube.ts).
  'youtu.be': ['i.ytimg.com'],
  'www.youtube.com': ['i.ytimg.com'],
};

/** Match patterns (scheme://host/*), sorted and without duplicates. */
export function hostPermissionsFor(urls: readonly string[]): string[] {
  const patterns = new Set<string>();
  for (const raw of urls) {
    const url = new URL(raw);
    patterns.add(`${url.protocol}//${url.hostname}/*`);
    for (const target of KNOWN_REDIRECT_TARGETS[url.hostname] ?? []) patterns.add(`https://${target}/*`);
  }
  return [...patterns].sort();
}
