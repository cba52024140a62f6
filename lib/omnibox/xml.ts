/**
 * Text for Chrome's omnibox, whose suggestion descriptions are XML fragments: one bad
 * character makes Chrome reject the whole list, so every piece of text passes through here.
 */
import type { Range } from '../search';

// Characters XML 1.0 forbids (C0 controls other than tab/newline/return, lone surrogates,
// U+FFFE/U+FFFF), plus bidi and zero-width controls that would scramble a one-line suggestion.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
const LINE_BREAKS = /[\t\n\r\u0085\u2028\u2029]+/g;

/** One line of plain text: no control, bidi or zero-width characters, no line breaks. */
export function cleanText(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(FORBIDDEN, '').replace(INVISIBLE, '');
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
