/**
 * What the search page lists when opened for a catalogue entry (`related=<id>`): the entry
 * itself, then its relatives, the chosen role's before other roles', as the popup shows hits.
 */
import { ALL_ROLES, type Catalogue, type Entry } from '../catalogue';
import type { ListItem, PopupView } from '../list/view';
import { relatedEntries } from './query';
import { VIEW_TITLES } from '../list/view-titles';

export const THIS_ENTRY_TITLE = VIEW_TITLES.thisEntry;
export const RELATED_TITLE = VIEW_TITLES.related;

export function buildRelatedView(cat: Catalogue, role: string, id: string): PopupView | null {
  const entry = cat.entries.find((e) => e.id === id);
  if (!entry) return null;
  const roleIds = new Set(cat.roles.find((r) => r.id === role)?.groups.flatMap((g) => g.entries));
  const otherRole = (e: Entry) => role !== ALL_ROLES && !roleIds.has(e.id);
  const toItem = (e: Entry): ListItem => ({ entry: e, otherRole: otherRole(e) });
  const related = relatedEntries(cat, id).map(toItem);
  const ordered = [...related.filter((i) => !i.otherRole), ...related.filter((i) => i.otherRole)];
  const sections = [
    { title: THIS_ENTRY_TITLE, items: [toItem(entry)] },
    { title: RELATED_TITLE, items: ordered },
  ].filter((s) => s.items.length > 0);
  return { sections, empty: null };
}
