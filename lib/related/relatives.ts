/**
 * An entry's relatives, as the search page lists them when opened for a catalogue entry
 * (`related=<id>`): the entry itself, then its closest kin (the entries that explain it or that
 * it explains, and those that have taken over from it or it from them), then the entries sharing
 * keywords or a group with it, most shared keywords first, the chosen role's before other roles'.
 */
import { otherRolesOnly, type Catalogue, type Entry } from '../catalogue';
import type { ListItem, ListView } from '../list';
import { foldText, withSearchFields } from '../search';

const MAX_RELATED = 8;

/** Whether `a` explains `b` or has been taken over by it; kin is either way round. */
const leadsTo = (a: Entry, b: Entry) =>
  Boolean(a.explains?.includes(b.id) || a.successors?.some((s) => s.url === b.url));

/**
 * The entries related to the target, closest kin first, then the highest scores (two for each
 * shared keyword, one for a shared group), at most MAX_RELATED.
 */
function relativesOf(cat: Catalogue, target: Entry) {
  const groups = cat.roles.flatMap((r) => r.groups).filter((g) => g.entries.includes(target.id));
  const mates = new Set(groups.flatMap((g) => g.entries));
  // Keywords come with the search's fields (withSearchFields), folded as the search folds them.
  const keywords = new Map(
    withSearchFields(cat).entries.map((e) => [e.id, new Set((e.keywords ?? []).map(foldText))]),
  );
  const mine = keywords.get(target.id) ?? new Set<string>();
  return cat.entries
    .filter((entry) => entry !== target)
    .map((entry) => {
      const shared = [...(keywords.get(entry.id) ?? [])].filter((k) => mine.has(k)).length;
      const kin = leadsTo(entry, target) || leadsTo(target, entry);
      return { entry, kin, score: shared * 2 + (mates.has(entry.id) ? 1 : 0) };
    })
    .filter((r) => r.kin || r.score > 0)
    .sort((a, b) => Number(b.kin) - Number(a.kin) || b.score - a.score)
    .slice(0, MAX_RELATED);
}

export function buildRelatedView(cat: Catalogue, role: string, id: string): ListView | null {
  const target = cat.entries.find((e) => e.id === id);
  if (!target) return null;
  const elsewhere = otherRolesOnly(cat, role);
  const toItem = (e: Entry): ListItem => ({ entry: e, otherRole: elsewhere(e.id) });
  // Kin first, then the role's own before other roles', each in the order above (a stable sort).
  const rank = (r: { entry: Entry; kin: boolean }) => (r.kin ? 0 : elsewhere(r.entry.id) ? 2 : 1);
  const related = relativesOf(cat, target).sort((a, b) => rank(a) - rank(b));
  const sections = [
    { kind: 'this-entry' as const, items: [toItem(target)] },
    { kind: 'related' as const, items: related.map((r) => toItem(r.entry)) },
  ].filter((s) => s.items.length > 0);
  return { sections, empty: null };
}
