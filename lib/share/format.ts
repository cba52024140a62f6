/**
 * The two clipboard flavours of a shared list: an HTML fragment for mail, chat and intranet
 * editors, and plain text for everything else. Titles and descriptions may come from an
 * organisation's policy or a search box, so every piece of text is escaped, and only http(s)
 * addresses ever become links.
 */
import { isWebUrl } from '../catalogue';
import type { Messages } from '../i18n';
import { cleanText } from '../omnibox';
import type { ShareLink, ShareList } from './list';

const HTML_ESCAPES: Record<string, string> = { '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' };

/** Text made safe for HTML content and for a double- or single-quoted attribute. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${HTML_ESCAPES[c]};`);
}

/** Text on one line (lib/omnibox/xml.ts): a hostile title cannot break the layout or read backwards. */
const oneLine = (text: string): string => cleanText(text).trim();

/**
 * A field set apart in its own direction: a Hebrew or Arabic title (or a stray mark in one) would
 * otherwise pull the dash and the description after it into its right-to-left run.
 */
const isolated = (text: string): string => `<bdi>${escapeHtml(oneLine(text))}</bdi>`;

function anchor(url: string, title: string): string {
  const text = isolated(title);
  return isWebUrl(url) ? `<a href="${escapeHtml(url)}">${text}</a>` : text;
}

function linkHtml(link: ShareLink, m: Messages): string {
  const description = oneLine(link.description);
  const lines = [anchor(link.url, link.title) + (description ? ` – ${isolated(description)}` : '')];
  if (link.broken) lines.push(`<em>${escapeHtml(m.shareBrokenNote)}</em>`);
  for (const s of link.successors) lines.push(`${escapeHtml(m.newer)} ${anchor(s.url, s.title)}`);
  return `<li>${lines.join('<br>')}</li>`;
}

/** Headings per group, each link with its title and one-line description. */
export function shareHtml(list: ShareList, m: Messages): string {
  const parts = [`<p><strong>${escapeHtml(oneLine(list.title))}</strong></p>`];
  for (const group of list.groups) {
    parts.push(`<h3>${escapeHtml(oneLine(group.heading))}</h3>`, '<ul>');
    parts.push(...group.links.map((link) => linkHtml(link, m)), '</ul>');
  }
  return parts.join('\n');
}

/** The same as an indented list, every address written out on its own line. */
export function sharePlainText(list: ShareList, m: Messages): string {
  const lines = [oneLine(list.title)];
  for (const group of list.groups) {
    lines.push('', oneLine(group.heading));
    for (const link of group.links) {
      const description = oneLine(link.description);
      lines.push(
        `  - ${oneLine(link.title)}${description ? ` – ${description}` : ''}`,
        `    ${oneLine(link.url)}`,
      );
      if (link.broken) lines.push(`    ${m.shareBrokenNote}`);
      for (const s of link.successors) lines.push(`    ${m.newer} ${oneLine(s.title)} ${oneLine(s.url)}`);
    }
  }
  return lines.join('\n') + '\n';
}
