/**
 * The floor for the popup: a static page, served from the same extension build, holding the
 * same role's links in the same markup under the same stylesheets, with no script at all.
 * The popup can be no faster than this; the bench reports how far it is from it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogue, type Entry, groupsForRole } from '../lib/catalogue';
import { roleName } from '../lib/i18n';
import { nb } from '../lib/i18n/nb';

export const STATIC_PAGE = 'bench-static.html';
/** The physical floor: the same links inline, no stylesheet, no script. */
export const BARE_PAGE = 'bench-bare.html';

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

function entryHtml(entry: Entry): string {
  return `<li class="entry"><a href="${escape(entry.url)}" target="_blank" rel="noopener noreferrer">
<span class="entry-title">${escape(entry.title)}</span>
<span class="entry-meta">${escape(entry.publisher)} · ${escape(entry.kind)}</span>
<span class="entry-description">${escape(entry.description)}</span></a></li>`;
}

function bareHtml(title: string, entries: Entry[]): string {
  const items = entries.map(
    (e) => `<li><a data-bare href="${escape(e.url)}">${escape(e.title)}</a> ${escape(e.description)}</li>`,
  );
  return `<h2>${escape(title)}</h2><ul>${items.join('')}</ul>`;
}

/** Writes both floors into the build, the styled one linking the stylesheets popup.html links; returns the link count. */
export function writeStaticPage(buildDir: string, role: string): number {
  const popupHtml = readFileSync(join(buildDir, 'popup.html'), 'utf8');
  const styles = popupHtml.match(/<link rel="stylesheet"[^>]*>/g) ?? [];
  const groups = groupsForRole(catalogue, role);
  const sections = groups.map(
    (g) =>
      `<section class="group"><h2>${escape(g.title)}</h2><ul>${g.entries.map(entryHtml).join('')}</ul></section>`,
  );
  const html = `<!doctype html><html lang="nb"><head><meta charset="utf-8">
<meta name="color-scheme" content="light dark"><title>Spes</title>${styles.join('')}</head>
<body class="popup"><div id="app"><main>
<div class="role-bar"><span>${escape(roleName(catalogue, role, nb))}</span></div>
<div class="search"><input id="search-input" type="search" autofocus></div>
<div id="results"><div class="sections">${sections.join('')}</div></div></main></div></body></html>`;
  writeFileSync(join(buildDir, STATIC_PAGE), html);
  const bare = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Spes</title></head><body>${groups
    .map((g) => bareHtml(g.title, g.entries))
    .join('')}</body></html>`;
  writeFileSync(join(buildDir, BARE_PAGE), bare);
  return groups.reduce((n, g) => n + g.entries.length, 0);
}
