/**
 * The omnibox keyword `spes`: what to suggest while the user types and what Enter does. Chrome
 * renders descriptions as XML (with <match>, <dim>, <url>); Firefox shows plain text.
 */
import type { TermName } from '../answers';
import type { Catalogue } from '../catalogue';
import { workerMessages, type WorkerMessages } from '../i18n';
import { buildSearchUrl, MAX_QUERY_LENGTH } from '../pages';
import type { Hit, Range, SearchOptions, Searcher } from '../search';
import { cleanText, escapeXml, markMatches } from './xml';

export { cleanText } from './xml';

export type Flavor = 'chrome' | 'firefox';

export interface Suggestion {
  /** What Enter hands back to onInputEntered: the entry's URL. */
  content: string;
  description: string;
}

/** The user's role and specialty, as the search reads them, and how to write the rows. */
interface SuggestOptions extends Pick<SearchOptions, 'role' | 'specialty'> {
  flavor: Flavor;
  /** The UI language's texts; bokmål when left out. */
  messages?: WorkerMessages;
  /** The terms a query names (lib/answers): each suggests the page that explains it, first. */
  termsNamedIn?: (query: string) => readonly TermName[];
}

// Chrome shows a handful of rows; more would only push the user's own text out of view.
export const MAX_SUGGESTIONS = 5;

/** One row: the title with the `marked` ranges, what it is, and its address. */
function row(flavor: Flavor, title: string, marked: readonly Range[], meta: string, url: string): string {
  if (flavor === 'firefox') return cleanText(`${title} – ${meta} – ${url}`);
  return `${markMatches(title, marked)} <dim>– ${escapeXml(meta)}</dim> <url>${escapeXml(url)}</url>`;
}

function describe(hit: Hit, flavor: Flavor, m: WorkerMessages): string {
  const { title, publisher, url, successors } = hit.entry;
  const role = hit.inRole ? '' : ` · ${m.omniboxOtherRole}`;
  // The page that has taken over (the first recorded), after the entry's own title and publisher:
  // Enter still opens the entry, as the popup's main link does; the row says where it went.
  const newer = successors?.[0] ? ` · ${m.omniboxNewer} ${successors[0].title}` : '';
  return row(flavor, title, hit.highlights.title, `${publisher}${role}${newer}`, url);
}

export function buildSuggestions(text: string, options: SuggestOptions, searcher: Searcher): Suggestion[] {
  const query = cleanText(text).slice(0, MAX_QUERY_LENGTH).trim();
  if (query === '') return [];
  const m = options.messages ?? workerMessages.nb;
  const terms = (options.termsNamedIn?.(query) ?? []).map((term) => ({
    content: term.url,
    description: describeTerm(term, options.flavor, m),
  }));
  // A term's page may be a catalogue entry too (Kompetanseportalen): one row for it.
  const termPages = new Set(terms.map((t) => t.content));
  const hits = searcher
    .search(query, { role: options.role, specialty: options.specialty, limit: MAX_SUGGESTIONS })
    .filter((hit) => !termPages.has(hit.entry.url));
  const pages = hits.map((h) => ({ content: h.entry.url, description: describe(h, options.flavor, m) }));
  return [...terms, ...pages].slice(0, MAX_SUGGESTIONS);
}

function describeTerm(term: TermName, flavor: Flavor, m: WorkerMessages): string {
  const [name = term.id] = term.names;
  return row(flavor, name, [[0, name.length]], m.omniboxTerm, term.url);
}

const SHOWN_QUERY = 60;

/** The first row of the dropdown, telling in the UI language what Enter will do with the text. */
export function defaultSuggestion(q: string, flavor: Flavor, m: WorkerMessages = workerMessages.nb): string {
  const shown = cleanText(q).trim();
  if (shown === '') return flavor === 'chrome' ? escapeXml(m.omniboxHint) : m.omniboxHint;
  const cut = shown.length > SHOWN_QUERY ? `${shown.slice(0, SHOWN_QUERY)}…` : shown;
  // A function, not a string, as the replacement: "$&" or "$`" typed by the user stay as typed.
  if (flavor === 'firefox')
    return `${m.omniboxSearchFor.replace('{query}', () => cut)} ${m.omniboxEnterHint}`;
  const query = `<match>${escapeXml(cut)}</match>`;
  // The template is ours and has no markup; escape it, then put the marked-up query in.
  const hint = escapeXml(m.omniboxSearchFor).replace('{query}', () => query);
  return `${hint} <dim>${escapeXml(m.omniboxEnterHint)}</dim>`;
}

const DISPOSITIONS = ['currentTab', 'newForegroundTab', 'newBackgroundTab'] as const;
type Disposition = (typeof DISPOSITIONS)[number];

/**
 * A suggestion's content is an entry URL (or a term's page, in `termUrls`): open it. Anything
 * else is free text: open the search page with it. Only those known URLs are opened directly,
 * so typed text can never send the user to an arbitrary address.
 */
export function decideEnter(
  text: string,
  disposition: string | undefined,
  searchPage: string,
  cat: Catalogue,
  termUrls: readonly string[] = [],
): { url: string; disposition: Disposition } {
  const how = DISPOSITIONS.find((d) => d === disposition) ?? 'currentTab';
  const typed = cleanText(text).trim();
  if (cat.entries.some((e) => e.url === typed) || termUrls.includes(typed))
    return { url: typed, disposition: how };
  return { url: buildSearchUrl(searchPage, { q: typed }), disposition: how };
}
