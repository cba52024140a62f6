import type { Catalogue, EntryFields } from './types';

/** The catalogue with `fields` joined into its entries; entries they do not name stay as they are. */
export function joinEntryFields(cat: Catalogue, fields: EntryFields): Catalogue {
  const entries = cat.entries.map((entry) => {
    const { note, ...more } = fields[entry.id] ?? {};
    return { ...entry, ...more, ...(entry.note ? { note: { ...entry.note, ...note } } : {}) };
  });
  return { ...cat, entries };
}
