/**
 * An organisation's own links, set by policy ("extraLinks"): checked one by one, so one bad link
 * costs only itself, and merged into the catalogue so role view and search treat them like the rest.
 */
import { ALL_ROLES, isWebUrl, type Catalogue } from '../catalogue';
import { isObject } from '../platform';
import { isRoleChoice } from '../prefs';

export type Warn = (reason: string) => void;

export interface OrgLink {
  title: string;
  url: string;
  description: string;
  /** Role ids that see the link; null for every role. */
  roles: string[] | null;
  /** An optional sub-heading under "Fra din arbeidsplass" (the UI language's words for it). */
  group: string | null;
}

const ORG_PUBLISHER = 'Din arbeidsplass';

// Absent and null both mean "not set"; undefined means "invalid".
function optionalText(value: unknown): string | null | undefined {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value.trim() || null : undefined;
}

function parseRoles(value: unknown, where: string, warn: Warn) {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value)) return undefined;
  // "alle" is every role, as for defaultRole (docs/it-admin.md).
  if (value.includes(ALL_ROLES)) return null;
  const known = value.filter(isRoleChoice);
  const unknown = value.filter((r) => !known.includes(r as string));
  if (unknown.length > 0) warn(`${where}: unknown roles ${JSON.stringify(unknown)} left out`);
  return known.length > 0 ? known : undefined;
}

function parseOrgLink(o: unknown, i: number, warn: Warn): OrgLink | null {
  const where = `extraLinks[${i}]`;
  const skip = (why: string): null => {
    warn(`${where} ${why}; link ignored`);
    return null;
  };
  if (!isObject(o)) return skip('is not an object');
  const title = optionalText(o.title);
  if (!title) return skip('needs a "title" text');
  // The catalogue's rule for an address (assets/catalogue.schema.json, pageUrl), but trimmed, since
  // a value pasted into a policy file brings spaces and line breaks, and written as the browser
  // writes it. A user name or password would be seen and sent by every user of the browser.
  if (!isWebUrl(o.url)) return skip(`"url" ${JSON.stringify(o.url)} is not an http(s) address`);
  const url = new URL(o.url.trim());
  if (url.username || url.password) return skip('"url" must not hold a user name or password');
  const description = optionalText(o.description);
  const group = optionalText(o.group);
  if (description === undefined || group === undefined) return skip('"description" and "group" must be text');
  const roles = parseRoles(o.roles, where, warn);
  if (roles === undefined) return skip('"roles" must list at least one known role id');
  return { title, url: url.href, description: description ?? '', roles, group };
}

/** Spes is built for its 23 links and an organisation's few hundred; more would slow every page. */
export const MAX_ORG_LINKS = 500;

export function parseOrgLinks(raw: unknown, warn: Warn): OrgLink[] {
  if (!Array.isArray(raw)) {
    if (raw !== undefined) warn('"extraLinks" must be a list; ignored');
    return [];
  }
  if (raw.length > MAX_ORG_LINKS)
    warn(`"extraLinks" has ${raw.length} links; only the first ${MAX_ORG_LINKS} are used (the cap)`);
  const links: OrgLink[] = [];
  raw.slice(0, MAX_ORG_LINKS).forEach((v, i) => {
    const link = parseOrgLink(v, i, warn);
    // A link is known by its address (its id, below): a second one at the same address is dropped.
    if (link && links.some((l) => l.url === link.url))
      warn(`extraLinks[${i}] repeats the address of another link; link ignored`);
    else if (link) links.push(link);
  });
  return links;
}

/**
 * A link's id, made from its address, so favourites and recent opens keep pointing at the same
 * link when IT adds, removes or reorders others. A hash keeps ids short: storage.sync allows
 * 8 KB per item (lib/pinned).
 */
function orgLinkId(url: string): string {
  let hash = 0x811c9dc5; // 32-bit FNV-1a
  for (let i = 0; i < url.length; i++) hash = Math.imul(hash ^ url.charCodeAt(i), 0x01000193) >>> 0;
  return `org-${hash.toString(36)}`;
}

/** The catalogue with the organisation's links added, after each role's own groups. */
export function withOrgLinks(cat: Catalogue, links: readonly OrgLink[]): Catalogue {
  if (links.length === 0) return cat;
  const taken = new Set<string>();
  const pairs = links.map((link, i) => {
    // Two addresses with one hash (about 1 in 30,000 for 500 links) keep apart by position.
    const hashed = orgLinkId(link.url);
    const id = taken.has(hashed) ? `${hashed}-${i}` : hashed;
    taken.add(id);
    const { title, url, description, group } = link;
    const keywords = ['arbeidsplass', 'lokal', ...(group ? [group] : [])];
    const entry = { id, title, url, description, publisher: ORG_PUBLISHER, kind: 'lokal lenke', keywords };
    return { group: group ?? '', roles: link.roles, entry };
  });
  const roles = cat.roles.map((role) => {
    const mine = pairs.filter((p) => p.roles === null || p.roles.includes(role.id));
    const extra = [...new Set(mine.map((p) => p.group))].map((title) => ({
      title,
      entries: mine.filter((p) => p.group === title).map((p) => p.entry.id),
      org: true,
    }));
    return { ...role, groups: [...role.groups, ...extra] };
  });
  return { ...cat, entries: [...cat.entries, ...pairs.map((p) => p.entry)], roles };
}
