/**
 * Text for Chrome's omnibox, whose suggestion descriptions are XML fragments: one bad
 * character makes Chrome reject the whole list, so every piece of text passes through here.
 */
import type { Range } from '../search';

// Characters XML 1.0 forbids that are no whitespace or control (lone surrogates, U+FFFE/U+FFFF),
// and the bidi and zero-width controls that would scramble a line: dropped.
const DROPPED =
  /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Line breaks, tabs, runs of spaces and the other control characters (C0 and C1): one space.
const SPACING = /[\s\p{Cc}]+/gu;

/**
 * One line of plain text: what an organisation's policy, a page or a search box hands over, made
 * safe for the omnibox's XML, a shared list and the related search alike.
 */
export function cleanText(text: string): string {
  return text.replace(DROPPED, '').replace(SPACING, ' ');
}

const ENTITIES: Record<string, string> = { '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' };

/** Cleans the text and escapes the five XML specials. */
export function escapeXml(text: string): string {
  return cleanText(text).replace(/[&<>"']/g, (c) => `&${ENTITIES[c]};`);
}

/** Escaped text with the given [start, end) ranges wrapped in <match>. */
export function markMatches(text: string, ranges: readonly Range[]): string {
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at || end <= start || end > text.length) continue;
    out += escapeXml(text.slice(at, start)) + `<match>${escapeXml(text.slice(start, end))}</match>`;
    at = end;
  }
  return out + escapeXml(text.slice(at));
}
