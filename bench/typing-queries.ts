/**
 * What the keystroke bench types: the shared evaluation queries (as people search) and a few
 * longer ones, typed letter by letter, so every prefix on the way is a timed keystroke.
 */
import { readFileSync } from 'node:fs';

const FILES = ['tests/fixtures/shared-search-queries.json', 'tests/fixtures/search-queries.json'];
const LONGER = ['hvordan søke om å bli utdanningsvirksomhet', 'laeringsmal', 'supervision video'];

export function typingQueries(max = 30): string[] {
  const listed: { q: string }[] = FILES.flatMap((f) => JSON.parse(readFileSync(f, 'utf8')));
  const distinct = [...new Set(listed.map(({ q }) => q.trim()).filter((q) => q.length > 0))];
  return [...new Set([...LONGER, ...distinct])].slice(0, max);
}
