/**
 * What the search page lists when opened for a catalogue entry (`related=<id>`): the entry
 * itself, then its relatives: its closest kin (lib/related/query.ts), then the chosen role's before
 * other roles', as the popup shows hits.
 */
import { entriesOfRole, type Catalogue, type Entry } from '../catalogue';
import type { ListItem, ListView } from '../list';
import { closestKin, relatedEntries } from './query';

export function buildRelatedView(cat: Catalogue, role: string, id: string): ListView | null {
  const entry = cat.entries.find((e) => e.id === id);
  if (!entry) return null;
  const mine = entriesOfRole(cat, role);
  const toItem = (e: Entry): ListItem => ({ entry: e, otherRole: !mine.has(e.id) });
  const kin = closestKin(cat, entry);
  const related = relatedEntries(cat, id).map(toItem);
  const rank = (i: ListItem) => (kin.has(i.entry.id) ? 0 : i.otherRole ? 2 : 1);
  // A stable sort: within each rank, the order relatedEntries gave.
  const ordered = [...related].sort((a, b) => rank(a) - rank(b));
  const sections = [
    { kind: 'this-entry' as const, items: [toItem(entry)] },
    { kind: 'related' as const, items: ordered },
  ].filter((s) => s.items.length > 0);
  return { sections, empty: null };
}
