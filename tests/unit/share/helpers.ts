/** Small lists and a reader for the HTML flavour, shared by the share tests. */
import type { LinkHealth, LinkHealthMap } from '../../../lib/links';
import type { ShareLink, ShareList } from '../../../lib/share';

export const HOSTILE = `<script>alert("x")</script> & 'quotes' "too" <img src=x onerror=alert(1)>`;

export function link(title: string, url: string, extra: Partial<ShareLink> = {}): ShareLink {
  return { title, url, description: `Om ${title}.`, broken: false, successors: [], ...extra };
}

export const list = (...groups: [string, ShareLink[]][]): ShareList => ({
  title: 'Lenker: Test',
  groups: groups.map(([heading, links]) => ({ heading, links })),
});

/** A stored health record saying `url` is broken, as lib/links keeps it after two runs. */
export function brokenHealth(...urls: string[]): LinkHealthMap {
  const record = (url: string): LinkHealth => ({
    state: 'broken',
    latest: { url, state: 'broken', reason: 'not-found', httpStatus: 404, checkedAt: 1 },
    brokenRuns: 2,
  });
  return Object.fromEntries(urls.map((url) => [url, record(url)]));
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};
const decode = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] as string);

/** Every tag in the fragment, as written: `<a href="…">`, `</li>`, `<br>`. */
export const tagsOf = (html: string): string[] => html.match(/<[^>]*>/g) ?? [];

/** The fragment's text as a browser would show it: tags dropped, entities decoded. */
export const textOf = (html: string): string => decode(html.replace(/<[^>]*>/g, ''));

/** The decoded href of every link, in order. */
export const hrefsOf = (html: string): string[] =>
  [...html.matchAll(/<a href="([^"]*)">/g)].map((m) => decode(m[1] ?? ''));
