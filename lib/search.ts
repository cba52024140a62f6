/**
 * Norwegian-aware fuzzy search over the catalogue. Contract (design.md):
 * createSearcher(catalogue).search(query, { role, limit }) returns hits best first,
 * the chosen role's hits before other roles' hits (marked inRole: false).
 */
import Fuse from 'fuse.js';
import type { Catalogue, Entry } from './catalogue';
import { foldText } from './normalize';
import { highlightRanges, type Range } from './highlight';

export interface Hit {
  entry: Entry;
  /** 0 is a perfect match, 1 no match at all. */
  score: number;
  inRole: boolean;
  /** Ranges to highlight in the entry's title and description, in their original text. */
  highlights: { title: Range[]; description: Range[] };
}

export interface SearchOptions {
  role?: string | null;
  limit?: number;
}

export interface Searcher {
  search(query: string, options?: SearchOptions): Hit[];
}

interface Doc {
  entry: Entry;
  title: string;
  keywords: string;
  description: string;
  publisher: string;
}

// fuse.js compares at most 32 characters per pattern; longer queries are cut.
const MAX_PATTERN = 32;

function roleEntryIds(cat: Catalogue, role: string | null | undefined): Set<string> | null {
  const found = cat.roles.find((r) => r.id === role);
  if (!found) return null;
  return new Set(found.groups.flatMap((g) => g.entries));
}

export function createSearcher(cat: Catalogue): Searcher {
  const docs: Doc[] = cat.entries.map((entry) => ({
    entry,
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
    search(query, options = {}) {
      const pattern = foldText(query).slice(0, MAX_PATTERN).trim();
      if (pattern === '') return [];
      const inRole = roleEntryIds(cat, options.role);
      const hits = fuse.search(pattern).map((r): Hit => ({
        entry: r.item.entry,
        score: r.score ?? 1,
        inRole: inRole === null || inRole.has(r.item.entry.id),
        highlights: {
          title: highlightRanges(r.item.entry.title, query),
          description: highlightRanges(r.item.entry.description, query),
        },
      }));
      const ordered = [...hits.filter((h) => h.inRole), ...hits.filter((h) => !h.inRole)];
      return ordered.slice(0, options.limit ?? ordered.length);
    },
  };
}
