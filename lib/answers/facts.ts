/**
 * Which dated facts are current: a fact shows from its `from` day to its `until` day, both
 * included, and disappears the day after with no new release. "Today" is always passed in, so
 * a test sets the clock and the pages read the real one.
 */
import data from '../../assets/facts.json' with { type: 'json' };
import type { Fact, Texts } from './types';

const factsOf = (raw: unknown): Fact[] => (raw as { facts: Fact[] }).facts;
/**
 * The bundled facts, validated at build time by wxt.config.ts (./parse.ts). Read by a call marked
 * pure, so that a bundle which never uses them (the background's) leaves the data out.
 */
export const bundledFacts = /* @__PURE__ */ factsOf(data);

/** The day `now` falls on where the user is, as an ISO day (2026-12-04). */
export const dayOf = (now: Date): string =>
  new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);

/** ISO days compare as text. */
export const isCurrent = (fact: Fact, today: string): boolean => fact.from <= today && today <= fact.until;

/**
 * The facts a role sees today, the soonest to end first. "alle" (every role) sees every current
 * fact once. A fact that names specialties follows the chosen specialty: with one chosen, it shows
 * only when it is among them (a handout for a new orthopaedic LIS has no use for general
 * practice's deadline, and the popup's few lines above the list are dear); with none chosen, it
 * reaches leaders and supervisors, who answer for doctors of every specialty, but not a LIS.
 */
export function currentFacts(
  facts: readonly Fact[],
  role: string,
  today: string,
  specialtyName: string | null = null,
): Fact[] {
  const concerns = (f: Fact) =>
    !f.specialties ||
    (specialtyName === null
      ? role !== 'lis'
      : f.specialties.some((name) => name.toLowerCase() === specialtyName.toLowerCase()));
  return facts
    .filter((f) => isCurrent(f, today) && (role === 'alle' || f.roles.includes(role)) && concerns(f))
    .sort((a, b) => a.until.localeCompare(b.until));
}

/** A card's or a fact's text in the UI language (`Messages.language`), bokmål for any other. */
export const textIn = (item: Texts, language: string): string =>
  language === 'nn' || language === 'en' ? item[language] : item.nb;
