/**
 * The shared list on the real clipboard: "Del lenkene" in a page, and what the clipboard holds
 * then, read back by a web page as another program would read it.
 */
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { ALL_ROLES, catalogue } from '../../lib/catalogue';
import { nb } from '../../lib/i18n/nb';

/** A role's entries straight from the catalogue file, each once: what "every link" means. */
export function roleEntryIds(role: string): string[] {
  const roles = role === ALL_ROLES ? catalogue.roles : catalogue.roles.filter((r) => r.id === role);
  return [...new Set(roles.flatMap((r) => r.groups.flatMap((g) => g.entries)))];
}

/** A role's addresses: each link's own, then the newer pages the catalogue records for it (a message shows both). */
export function roleUrls(role: string): string[] {
  const byId = new Map(
    catalogue.entries.map((e) => [e.id, [e.url, ...(e.successors ?? []).map((s) => s.url)]]),
  );
  return [...new Set(roleEntryIds(role).flatMap((id) => byId.get(id) ?? []))].sort();
}

interface Clipboard {
  html: string;
  text: string;
  /** The HTML flavour as a browser parses it. */
  parsed: { hrefs: string[]; headings: string[]; linkTitles: string[]; active: number; title: string };
  /** The addresses the plain text writes out, one a line (a link's own, or after "Nyere:"). */
  textUrls: string[];
}

// A web page of its own reads the clipboard back, as another program would: Chromium grants
// permissions to web origins only, never to the extension's, and the extension needs none.
const READER = 'https://clipboard-reader.test';

/** What the clipboard holds now, read back and parsed by a page outside the extension. */
export async function readClipboard(context: BrowserContext): Promise<Clipboard> {
  await context.grantPermissions(['clipboard-read'], { origin: READER });
  const reader = await context.newPage();
  try {
    await reader.goto(`${READER}/`); // answered by the stub route
    await reader.bringToFront();
    const { html, text } = await reader.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const read = async (type: string) =>
        item?.types.includes(type) ? (await item.getType(type)).text() : '';
      return { html: await read('text/html'), text: await read('text/plain') };
    });
    const parsed = await reader.evaluate(parseHtml, html);
    const textUrls = text
      .split('\n')
      .flatMap((line) => /^ {4}(?:\S.* )?(https?:\/\/\S+)$/.exec(line)?.[1] ?? []);
    return { html, text, parsed, textUrls };
  } finally {
    await reader.close();
  }
}

/** Runs in the reader page: the HTML flavour as a browser parses it. */
function parseHtml(html: string): Clipboard['parsed'] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const texts = (selector: string) => [...doc.querySelectorAll(selector)].map((e) => e.textContent ?? '');
  return {
    hrefs: [...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
    headings: texts('h3'),
    linkTitles: texts('li > a:first-child'),
    active: doc.querySelectorAll('script, img, iframe, object, [onerror], [onclick]').length,
    title: texts('p > strong')[0] ?? '',
  };
}

/** Opens the share menu and copies; resolves with the announced status. */
export async function copyLinks(page: Page): Promise<string> {
  await page.getByRole('button', { name: nb.shareToggleLabel }).click();
  await page.getByRole('button', { name: nb.shareCopy }).click();
  const status = page.getByTestId('share-status');
  await expect(status).not.toHaveText('');
  return (await status.textContent()) ?? '';
}
