/**
 * "Finn relatert veiledning": turns what the user right-clicked into a search. A selection
 * gives its meaningful terms; a link its text and address; a page its title and address.
 * A link or page that is itself a catalogue entry gives that entry and its relatives.
 */
import { catalogue, type Entry, findEntryByUrl, perCatalogue, type Catalogue, urlWords } from '../catalogue';
import type { SearchParams } from '../pages';
import { foldText, withSearchFields } from '../search';
import { meaningfulTerms } from './terms';

/** What the browser tells about a context-menu click; every field may be missing. */
export interface ClickContext {
  selectionText?: string;
  linkUrl?: string;
  /** Firefox only; Chrome does not report a link's text. */
  linkText?: string;
  pageUrl?: string;
  /** Only present where the browser lets the extension see the tab's title. */
  pageTitle?: string;
}

function fromAddress(cat: Catalogue, url: string | undefined, text: string | undefined): SearchParams | null {
  const entry = findEntryByUrl(cat, url);
  if (entry) return { q: entry.title, related: entry.id };
  const q = meaningfulTerms(`${text ?? ''} ${urlWords(url)}`, cat);
  return q === '' ? null : { q };
}

/** The search to open for a click; `{ q: '' }` (the role's overview) when nothing is usable. */
export function deriveQuery(ctx: ClickContext, cat: Catalogue = catalogue): SearchParams {
  const selected = ctx.selectionText ? meaningfulTerms(ctx.selectionText, cat) : '';
  if (selected !== '') return { q: selected };
  if (ctx.linkUrl) {
    const link = fromAddress(cat, ctx.linkUrl, ctx.linkText);
    if (link) return link;
  }
  return fromAddress(cat, ctx.pageUrl, ctx.pageTitle) ?? { q: '' };
}

function groupMates(cat: Catalogue, id: string): Set<string> {
  const groups = cat.roles.flatMap((r) => r.groups).filter((g) => g.entries.includes(id));
  return new Set(groups.flatMap((g) => g.entries));
}

// Keywords come with the search (withSearchFields), folded once per catalogue.
const foldedKeywords = perCatalogue(
  (cat) =>
    new Map(withSearchFields(cat).entries.map((e) => [e.id, new Set((e.keywords ?? []).map(foldText))])),
);

/**
 * An entry's closest kin: the entries that explain it or that it explains (a commentary and its
 * regulation) and the entries that have taken over from it or it from them.
 */
export function closestKin(cat: Catalogue, target: Entry): Set<string> {
  const successorUrls = new Set((target.successors ?? []).map((s) => s.url));
  const kin = cat.entries.filter(
    (e) =>
      e.explains?.includes(target.id) ||
      target.explains?.includes(e.id) ||
      successorUrls.has(e.url) ||
      e.successors?.some((s) => s.url === target.url),
  );
  return new Set(kin.map((e) => e.id));
}

/**
 * Entries related to the given one: its closest kin first, then those sharing keywords or a
 * group with it, most shared keywords first.
 */
export function relatedEntries(cat: Catalogue, id: string, limit = 8): Entry[] {
  const target = cat.entries.find((e) => e.id === id);
  if (!target) return [];
  const kin = closestKin(cat, target);
  const mates = groupMates(cat, id);
  const keywords = foldedKeywords(cat);
  const mine = keywords.get(id) ?? new Set<string>();
  const scored = cat.entries
    .filter((e) => e.id !== id)
    .map((entry) => {
      const shared = [...(keywords.get(entry.id) ?? [])].filter((k) => mine.has(k)).length;
      return { entry, kin: kin.has(entry.id), score: shared * 2 + (mates.has(entry.id) ? 1 : 0) };
    })
    .filter((s) => s.kin || s.score > 0);
  scored.sort((a, b) => Number(b.kin) - Number(a.kin) || b.score - a.score);
  return scored.slice(0, limit).map((s) => s.entry);
}
