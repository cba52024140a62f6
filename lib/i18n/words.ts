/**
 * Domain values in the UI language: a role's name and summary, an entry's description and note, a
 * list section's heading, a link's health, a date. They sit here, above the catalogue, the links
 * and the list, so those folders stay free of texts and the texts may name their types (nb.ts)
 * without an import circle.
 */
import { ALL_ROLES, type Catalogue, type Entry, type EntryNote } from '../catalogue';
import type { LinkHealth } from '../links';
import type { Section } from '../list';
import { specialtyName } from '../specialty';
import type { Messages, RoleText } from './nb';

/** A role's name and summary in the UI language; a role the messages do not know keeps the catalogue's. */
export function roleTexts(cat: Catalogue, role: string, m: Messages): RoleText {
  if (role === ALL_ROLES) return { name: m.allRoles, summary: m.allRolesSummary };
  const known = (m.roleNames as Partial<Record<string, RoleText>>)[role];
  return known ?? cat.roles.find((r) => r.id === role) ?? { name: role, summary: '' };
}

export const roleName = (cat: Catalogue, role: string, m: Messages): string => roleTexts(cat, role, m).name;

/**
 * A catalogue group's heading in the UI language, as the messages translate the published one
 * (docs/catalogue.md says why); Spes's own sections speak the UI language.
 */
export function sectionHeading(section: Section, m: Messages): string {
  const title = section.title ?? '';
  if (section.kind === 'group') return m.groupTitles[title] ?? title;
  const own = m.sectionTitles[section.kind];
  // Spes's own groups say so, beside their heading, so a reader tells them from the seed's.
  if (section.kind === 'own') return `${m.groupTitles[title] ?? title} (${own})`;
  if (section.specialty) return `${own}: ${specialtyName(section.specialty, m.language)}`;
  return section.kind === 'org' && section.title ? `${own}: ${section.title}` : own;
}

/**
 * An entry's description in the UI language: nynorsk's and English's come with those languages
 * (index.ts); an organisation's own link has only its own.
 */
export const entryDescription = (entry: Pick<Entry, 'id' | 'description'>, m: Messages): string =>
  m.entryTexts[entry.id]?.description ?? entry.description;

/** The text of the dated note of the entry `entryId` in the UI language. */
export const noteText = (entryId: string, note: EntryNote, m: Messages): string =>
  m.entryTexts[entryId]?.note ?? note.text;

/** An entry's kind and publisher in the UI language; ones the texts do not know stay as published. */
export function entryLabels(entry: { kind: string; publisher: string }, m: Messages) {
  return {
    kind: m.kindNames[entry.kind] ?? entry.kind,
    publisher: m.publisherNames[entry.publisher] ?? entry.publisher,
  };
}

const PARTS = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** "12. mars 2025" in Norwegian, "12 March 2025" in English. */
export const formatDate = (ms: number, m: Messages): string =>
  new Date(ms).toLocaleDateString(m.dateLocale, { day: 'numeric', month: 'long', year: 'numeric' });

/**
 * A year, month or day from the data ("2025", "2025-07", "2025-07-17") in the reader's language:
 * "2025", "juli 2025", "17. juli 2025". Anything else comes back as it is.
 */
export function formatPartialDate(value: string, m: Messages): string {
  const [, year, month, day] = PARTS.exec(value) ?? [];
  if (month === undefined) return year ?? value;
  const date = Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1));
  const how = { year: 'numeric', month: 'long', day: day ? 'numeric' : undefined, timeZone: 'UTC' } as const;
  return new Date(date).toLocaleDateString(m.dateLocale, how);
}

/** "12. mars 2025 kl. 14:05" in Norwegian, "12 March 2025 at 14:05" in English. */
export function formatCheckedAt(ms: number, m: Messages): string {
  const time = new Date(ms).toLocaleTimeString(m.dateLocale, { hour: '2-digit', minute: '2-digit' });
  return m.dateAtTime(formatDate(ms, m), time);
}

/** Shown state, with "waiting for confirmation" for a single broken finding. */
export function describeHealth(health: LinkHealth | undefined, m: Messages): string {
  if (!health) return m.stateLabels.unchecked;
  const label = m.stateLabels[health.state];
  return health.state !== 'broken' && health.brokenRuns === 1 ? m.possiblyBroken(label) : label;
}
