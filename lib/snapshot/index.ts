/**
 * A page's last rendered markup, kept in its localStorage so the next open can show it before any
 * module has loaded (entrypoints/paint-snapshot.ts draws it, before the page's modules load; the page's own render then replaces
 * it in the same task). The popup opens many times a day and nearly always shows the same list,
 * so this puts its links on screen as fast as a static page.
 *
 * The copy is data, not HTML: elements, an allowlist of attributes and text, rebuilt with DOM
 * calls. Nothing stored can add a script, an event handler or a non-web link, even if storage
 * were tampered with.
 */

/** [tag, attributes, children]; a string is a text node; "svg:" prefixes SVG elements. */
export type SnapshotNode =
  string | [tag: string, attributes: Record<string, string>, children: SnapshotNode[]];

interface Snapshot {
  v: 1;
  lang: string;
  root: SnapshotNode;
}

const SVG = 'http://www.w3.org/2000/svg';
// The first screens are all a head start needs; at most a few hundred entries fit this.
const MAX_NODES = 1500;
const ATTRIBUTES =
  /^(?:class|id|role|type|placeholder|autocomplete|spellcheck|lang|title|for|target|rel|viewBox|d|width|height|focusable|(?:aria|data)-[\w-]+)$/;
const TAGS = /^(?:svg:(?:svg|path)|main|div|section|h1|h2|p|ul|li|a|span|strong|mark|button|input|label)$/;
const WEB_LINK = /^https?:\/\//i;

const keyFor = (page: string) => `spes.snapshot.${page}`;

function toNode(node: Node, budget: { left: number }): SnapshotNode | null {
  if (budget.left-- <= 0) return null;
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element)) return null;
  const tag = node.namespaceURI === SVG ? `svg:${node.localName}` : node.localName;
  if (!TAGS.test(tag)) return null;
  const attributes: Record<string, string> = {};
  for (const { name, value } of node.attributes) {
    if (ATTRIBUTES.test(name) || (name === 'href' && WEB_LINK.test(value))) attributes[name] = value;
  }
  const children = [...node.childNodes].map((child) => toNode(child, budget));
  return [tag, attributes, children.filter((c): c is SnapshotNode => c !== null)];
}

/** Keeps `root`'s markup for the next open of `page`; quietly nothing where storage is off. */
export function saveSnapshot(page: string, root: Element): void {
  const node = toNode(root, { left: MAX_NODES });
  const snapshot: Snapshot = { v: 1, lang: document.documentElement.lang, root: node ?? '' };
  try {
    localStorage.setItem(keyFor(page), JSON.stringify(snapshot));
  } catch {
    // Storage off or full: the next open renders without a head start, nothing worse.
  }
}

export function forgetSnapshot(page: string): void {
  try {
    localStorage.removeItem(keyFor(page));
  } catch {
    // Nothing stored, nothing to forget.
  }
}

function toDom(node: SnapshotNode, budget: { left: number }): Node | null {
  if (budget.left-- <= 0) return null;
  if (typeof node === 'string') return document.createTextNode(node);
  if (!Array.isArray(node) || typeof node[0] !== 'string' || !TAGS.test(node[0])) return null;
  const [tag, attributes, children] = node;
  const el = tag.startsWith('svg:')
    ? document.createElementNS(SVG, tag.slice(4))
    : document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (typeof value !== 'string') continue;
    if (ATTRIBUTES.test(name) || (name === 'href' && WEB_LINK.test(value))) el.setAttribute(name, value);
  }
  for (const child of Array.isArray(children) ? children : []) {
    const dom = toDom(child, budget);
    if (dom) el.appendChild(dom);
  }
  return el;
}

/** Draws the kept markup of `page` into `into`; false when there is none, or it is unreadable. */
export function drawSnapshot(page: string, into: Element): boolean {
  try {
    const snapshot = JSON.parse(localStorage.getItem(keyFor(page)) ?? 'null') as Snapshot | null;
    if (snapshot?.v !== 1) return false;
    const dom = toDom(snapshot.root, { left: MAX_NODES });
    if (!dom) return false;
    // Marks the copy, so tests (and anyone inspecting) can tell it from the live page.
    if (dom instanceof Element) dom.setAttribute('data-snapshot', '');
    if (snapshot.lang) document.documentElement.lang = snapshot.lang;
    into.replaceChildren(dom);
    // As the live page does: the first key pressed lands in the search box.
    into.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
    return true;
  } catch {
    return false; // A corrupt copy costs only the head start.
  }
}

/** The type popup.html's module scripts carry until `startDeferredModules` (lib/build/bundle-plugins.ts). */
export const DEFERRED_MODULE = 'spes/deferred-module';

/** Starts the module scripts the build held back, in their order. */
export function startDeferredModules(): void {
  for (const held of document.querySelectorAll<HTMLScriptElement>(`script[type="${DEFERRED_MODULE}"]`)) {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = held.src;
    held.replaceWith(script);
  }
}
