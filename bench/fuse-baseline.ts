/**
 * The road not taken, measured in the same run: fuse.js (the stack first named for search) set
 * up as lib/search.ts used it before the inverted index (commit 20d2f37): folded fields, weighted
 * keys, threshold 0.35, location ignored, patterns cut to fuse's 32 characters.
 */
import Fuse from 'fuse.js';
import type { Catalogue } from '../lib/catalogue';
import { foldText } from '../lib/search';

const MAX_PATTERN = 32;

export interface FuseSearcher {
  search(query: string): number;
}

export function createFuseSearcher(cat: Catalogue): FuseSearcher {
  const docs = cat.entries.map((entry) => ({
    title: foldText(entry.title),
    keywords: foldText(entry.keywords.join(' | ')),
    description: foldText(entry.description),
    publisher: foldText(`${entry.publisher} ${entry.kind}`),
  }));
  const fuse = new Fuse(docs, {
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.35,
    keys: [
      { name: 'title', weight: 3 },
      { name: 'keywords', weight: 2 },
      { name: 'description', weight: 1 },
      { name: 'publisher', weight: 0.5 },
    ],
  });
  return {
    /** Returns the hit count, so the work cannot be optimised away. */
    search(query) {
      const pattern = foldText(query).slice(0, MAX_PATTERN).trim();
      return pattern === '' ? 0 : fuse.search(pattern).length;
    },
  };
}
