/**
 * "Finn relatert veiledning": turns what the user right-clicked into a search. A selection
 * gives its meaningful terms; a link its text and address; a page its title and address.
 * A link or page that is itself a catalogue entry gives that entry and its relatives.
 */
import { catalogue, findEntryByUrl, type Catalogue, urlWords } from '../catalogue';
import type { SearchParams } from '../pages';
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
