/**
 * What the search keeps between keystrokes (slot scores, each entry's words for highlighting)
 * and how it picks the best few hits change nothing: a searcher that has typed a query letter
 * by letter answers as a fresh one does, and a limit gives the start of the full list.
 */
import { describe, expect, it } from 'vitest';
import { generateCatalogue } from '../../../bench/generate-catalogue';
import { catalogue } from '../../../lib/catalogue';
import { highlightRanges } from '../../../lib/search/ranges';
import { createSearcher, type Hit } from '../../../lib/search/searcher';
import { Highlighter } from '../../../lib/search/highlights';
import { buildIndex } from '../../../lib/search/inverted-index';
import { matchTerm } from '../../../lib/search/match';
import { buildSynonymLookup, parseQuery, type Slot } from '../../../lib/search/query';
import { QueryScorer, slotKey, type QueryScores } from '../../../lib/search/slots';
import { synonyms } from '../../../lib/search/analysis/synonyms';

const big = generateCatalogue(300, catalogue);
const index = buildIndex(big.entries);
const lookup = buildSynonymLookup(synonyms);

const plain = (hits: Hit[]) =>
  hits.map((h) => ({ id: h.entry.id, score: h.score, inRole: h.inRole, highlights: h.highlights }));
const prefixes = (q: string) => [...q].map((_, i) => q.slice(0, i + 1));
/** The scores are reused buffers: copy them before the next search. */
const copy = (s: QueryScores) =>
  new Map(Array.from(s.entries.subarray(0, s.size), (entry, i) => [entry, s.relevance[i]]));

const TYPED = [
  'veileder i spesialisering',
  'tilskudd til kommunen for allmennleger i spesialisering',
  'hvordan søke om å bli utdanningsvirksomhet',
  'supervision video',
  'ALIS-kontor',
];

describe('a searcher that has been typing', () => {
  it('answers every keystroke as a fresh searcher does', () => {
    for (const cat of [catalogue, big]) {
      const typing = createSearcher(cat);
      for (const p of TYPED.flatMap(prefixes)) {
        const fresh = createSearcher(cat).search(p, { role: 'lis', limit: 50 });
        expect(plain(typing.search(p, { role: 'lis', limit: 50 })), p).toEqual(plain(fresh));
      }
    }
  });
});

describe('the limit', () => {
  it('gives the start of the full list, in role first, for any limit', () => {
    const searcher = createSearcher(big);
    let longest = 0;
    for (const q of ['ve', 'spesialisering', 'la', 'alis kommune', 'veileder i spesialisering']) {
      for (const role of [undefined, 'lis', 'kommune-leder']) {
        const all = plain(searcher.search(q, { role }));
        longest = Math.max(longest, all.length);
        for (const limit of [0, 1, 2, 3, 10, 50, 2.5, -1, NaN, Infinity]) {
          const hits = plain(searcher.search(q, { role, limit }));
          expect(hits, `${q} ${role} ${limit}`).toEqual(all.slice(0, Math.max(0, limit)));
        }
      }
    }
    // Far more hits than the limits above, so the best are picked out rather than all sorted.
    expect(longest).toBeGreaterThan(200);
  });
});

describe('kept slot scores', () => {
  const counting = () => {
    const calls: string[] = [];
    const match = (term: string) => (calls.push(term), matchTerm(index, term));
    return { calls, match };
  };

  it('score a repeated slot without matching its terms again, to the same result', () => {
    const { calls, match } = counting();
    const scorer = new QueryScorer(index);
    const slots = parseQuery('veileder spesialisering', lookup);
    const first = copy(scorer.score(slots, match));
    expect(calls.length).toBeGreaterThan(0);
    calls.length = 0;
    expect(copy(scorer.score(slots, match))).toEqual(first);
    expect(calls).toEqual([]);
    scorer.score(parseQuery('veileder spesialisering plan', lookup), match);
    expect(calls).toEqual(['plan']);
  });

  it('tell slots apart by their terms and weights', () => {
    const slot = (weight: number, ...terms: string[]): Slot => ({ alternatives: [{ terms, weight }] });
    const slots = [slot(1, 'veil'), slot(0.8, 'veil'), slot(1, 've', 'il')];
    slots.push({ alternatives: [...(slots[0]?.alternatives ?? []), ...(slots[1]?.alternatives ?? [])] });
    expect(new Set(slots.map(slotKey)).size).toBe(slots.length);
    const { match } = counting();
    const scorer = new QueryScorer(index);
    for (const s of [...slots, ...slots]) {
      expect(copy(scorer.score([s], match))).toEqual(copy(new QueryScorer(index).score([s], match)));
    }
  });

  it('give what a fresh scorer gives, also when most are let go for lack of room', () => {
    const queries = TYPED.flatMap(prefixes);
    for (const maxKept of [0, 50, 1000]) {
      const { calls, match } = counting();
      const small = new QueryScorer(index, maxKept);
      for (const q of [...queries, ...[...queries].reverse()]) {
        const slots = parseQuery(q, lookup);
        const expected = copy(new QueryScorer(index).score(slots, match));
        expect(copy(small.score(slots, match)), `${maxKept} ${q}`).toEqual(expected);
      }
      expect(calls.length).toBeGreaterThan(0);
    }
  });
});

describe('kept words for highlighting', () => {
  it('mark what highlighting the text word by word marks, also after making room', () => {
    const matched = new Set(
      ['spesialiser', 'veiled', 'kommun', 'alis', 'plan'].map((t) => index.termIds.get(t) ?? -1),
    );
    const byText = (term: string) => matched.has(index.termIds.get(term) ?? -1);
    const highlighter = new Highlighter(index, 7);
    for (const entry of [...big.entries, ...big.entries.slice(0, 20)]) {
      expect(highlighter.highlight(entry, matched), entry.id).toEqual({
        title: highlightRanges(entry.title, byText),
        description: highlightRanges(entry.description, byText),
      });
    }
  });
});
