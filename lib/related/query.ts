/**
 * "Finn relatert veiledning": turns what the user right-clicked into a search. A selection gives
 * its meaningful terms, a link its text and address, a page its title and address; a link or
 * page that is a catalogue entry gives that entry and its relatives. Selections can be whole
 * pages: the text is scanned up to a cap, markup and control characters dropped.
 */
import { findEntryByUrl, type Catalogue, urlWords } from '../catalogue';
import type { SearchParams } from '../pages';
import { cleanText } from '../omnibox';
import { isStopTerm, searcherFor, tokenize } from '../search';

/** What the browser tells about a context-menu click; every field may be missing. */
interface ClickContext {
  selectionText?: string;
  linkUrl?: string;
  /** Firefox only; Chrome does not report a link's text. */
  linkText?: string;
  pageUrl?: string;
  /** Only present where the browser lets the extension see the tab's title. */
  pageTitle?: string;
}

export const MAX_TERMS = 3;
// A 100 kB selection is cut here before any work is done; its first pages say enough.
const MAX_SCAN = 20_000;
const MIN_UNKNOWN_LENGTH = 4;

function stripMarkup(text: string): string {
  return cleanText(text.slice(0, MAX_SCAN))
    .replace(/<[^<>]{0,500}>/g, ' ')
    .replace(/&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z]{2,8});/gi, ' ');
}

/** A word worth searching for: one the catalogue knows, or a long word of letters. */
function isUsable(word: string, known: boolean): boolean {
  if (known) return word.length >= 2;
  return word.length >= MIN_UNKNOWN_LENGTH && /^\p{L}+$/u.test(word);
}

/**
 * At most MAX_TERMS words of the text, as written there, joined by spaces ('' if none): words the
 * catalogue is about (Searcher.isTopic) if there are any, otherwise long words.
 */
function meaningfulTerms(text: string, cat: Catalogue): string {
  const clean = stripMarkup(text);
  const { isTopic } = searcherFor(cat);
  const found = new Map<string, { shown: string; count: number; known: boolean }>();
  for (const { term, word, start, end } of tokenize(clean, false)) {
    const seen = found.get(term);
    if (seen) seen.count++;
    // The search's own filler words, so both agree on what carries no meaning.
    else if (!isStopTerm(term) && isUsable(word, isTopic(term)))
      found.set(term, { shown: clean.slice(start, end), count: 1, known: isTopic(term) });
  }
  const usable = [...found.values()];
  const known = usable.filter((c) => c.known);
  // Most repeated first, then in the order written (the sort is stable): predictable, and the
  // start of a selection (or the last segment of an address) is usually what it is about.
  return (known.length > 0 ? known : usable)
    .sort((a, b) => b.count - a.count)
    .slice(0, MAX_TERMS)
    .map((c) => c.shown)
    .join(' ');
}

function fromAddress(cat: Catalogue, url: string | undefined, text: string | undefined): SearchParams | null {
  const entry = findEntryByUrl(cat, url);
  if (entry) return { q: entry.title, related: entry.id };
  const q = meaningfulTerms(`${text ?? ''} ${urlWords(url)}`, cat);
  return q === '' ? null : { q };
}

/** The search to open for a click; `{ q: '' }` (the role's overview) when nothing is usable. */
export function deriveQuery(ctx: ClickContext, cat: Catalogue): SearchParams {
  const selected = ctx.selectionText ? meaningfulTerms(ctx.selectionText, cat) : '';
  if (selected !== '') return { q: selected };
  // The link clicked, if any (without one this gives nothing), before the page it is on.
  const link = fromAddress(cat, ctx.linkUrl, ctx.linkText);
  return link ?? fromAddress(cat, ctx.pageUrl, ctx.pageTitle) ?? { q: '' };
}
