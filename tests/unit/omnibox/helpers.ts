/** Shared checks for the omnibox tests: a strict XML parse of Chrome's description fragments. */
import { DOMParser } from '@xmldom/xmldom';
import type { Catalogue } from '../../../lib/catalogue';
import { parseCatalogue } from '../../../lib/catalogue/parse';

const ALLOWED_TAGS = new Set(['root', 'match', 'dim', 'url']);
// XML 1.0 forbids these outright; the parser may let some through, so check them too.
// eslint-disable-next-line no-control-regex -- these are the characters under test
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Parses a description as Chrome would (inside a root element); throws on anything ill-formed. */
export function parseDescription(fragment: string): Document {
  if (XML_FORBIDDEN.test(fragment)) throw new Error(`forbidden XML character in ${JSON.stringify(fragment)}`);
  const parser = new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message} in ${JSON.stringify(fragment)}`);
    },
  });
  const doc = parser.parseFromString(`<root>${fragment}</root>`, 'text/xml') as unknown as Document;
  const tags = [...(doc.getElementsByTagName('*') as unknown as Element[])].map((e) => e.tagName);
  const unknown = tags.filter((t) => !ALLOWED_TAGS.has(t));
  if (unknown.length > 0) throw new Error(`unexpected elements ${unknown.join(', ')}`);
  return doc;
}

export function textOf(doc: Document, tag: string): string[] {
  return [...(doc.getElementsByTagName(tag) as unknown as Element[])].map((e) => e.textContent ?? '');
}

/** Control (C0), bidi-override and right-to-left marks: none may survive into a suggestion. */
// eslint-disable-next-line no-control-regex -- these are the characters under test
export const UNSAFE_CHARS = /[\u0000-\u001F\u202E\u200F]/;

export const HOSTILE_TITLE = 'Tom & Jerry <b>"sitat"</b> \'apostrof\'\u0001\u202Eevil\u200F\nny linje 😀';

/** A small catalogue whose every text is hostile, to prove the escaping rather than assume it. */
export function hostileCatalogue(): Catalogue {
  const entry = (id: string, title: string, url: string) => ({
    id,
    title,
    url,
    publisher: 'A&B <Forlag> "x" \'y\'\u0007',
    kind: 'side',
    description: 'Beskrivelse med <tagger> & "sitater"',
    keywords: ['tom', 'jerry', 'sitat'],
  });
  return parseCatalogue({
    version: 1,
    entries: [
      entry('hostile', HOSTILE_TITLE, 'https://example.org/a?b=1&c=\'2\'&d="3"<x>'),
      entry('plain', 'Tom alene', 'https://example.org/tom'),
    ],
    roles: [{ id: 'r', name: 'R', summary: 'S', groups: [{ title: 'G', entries: ['hostile', 'plain'] }] }],
  });
}
