/**
 * What the background worker says, in every language: the toolbar button's title and badge, the
 * omnibox's suggestions and the right-click menu. Kept apart from the pages' texts (nb.ts, nn.ts,
 * en.ts) so that the worker, which the browser starts often, carries only these few.
 */
import type { Language } from './index';

const nb = {
  actionTitle: 'Spes: veiledning for spesialistutdanningen',
  badgeBroken: (count: number) =>
    count === 1 ? 'Spes – 1 lenke virker ikke' : `Spes – ${count} lenker virker ikke`,
  omniboxHint:
    'Søk i veiledningen om spesialistutdanningen for leger: skriv for eksempel ALIS eller læringsmål',
  /** `{query}` is replaced by what the user typed. */
  omniboxSearchFor: 'Søk i Spes etter «{query}»',
  omniboxEnterHint: '(Enter åpner søkesiden)',
  omniboxOtherRole: 'annen rolle',
  /** Before the title of a page that has taken over from an entry. */
  omniboxNewer: 'Nyere:',
  /** After a term's name: the row opens the page that explains it (lib/answers). */
  omniboxTerm: 'hva betyr det? Siden som forklarer begrepet',
  /** `%s` is replaced by the browser with the selected text. */
  menuRelatedSelection: 'Finn relatert veiledning for «%s»',
  menuRelated: 'Finn relatert veiledning',
};

/** The worker's texts have the shape of the bokmål ones. */
export type WorkerMessages = typeof nb;

export const workerMessages: Record<Language, WorkerMessages> = {
  nb,
  nn: {
    actionTitle: 'Spes: rettleiing for spesialistutdanninga',
    badgeBroken: (count) =>
      count === 1 ? 'Spes – 1 lenkje verkar ikkje' : `Spes – ${count} lenkjer verkar ikkje`,
    omniboxHint: 'Søk i rettleiinga om spesialistutdanninga for legar: skriv til dømes ALIS eller læringsmål',
    omniboxSearchFor: 'Søk i Spes etter «{query}»',
    omniboxEnterHint: '(Enter opnar søkjesida)',
    omniboxOtherRole: 'anna rolle',
    omniboxNewer: 'Nyare:',
    omniboxTerm: 'kva tyder det? Sida som forklarar omgrepet',
    menuRelatedSelection: 'Finn relatert rettleiing for «%s»',
    menuRelated: 'Finn relatert rettleiing',
  },
  en: {
    actionTitle: "Spes: guidance on Norway's specialist training",
    badgeBroken: (count) => (count === 1 ? 'Spes – 1 link is broken' : `Spes – ${count} links are broken`),
    omniboxHint:
      "Search the guidance on Norway's specialist training for doctors: type, for example, ALIS or læringsmål",
    omniboxSearchFor: 'Search Spes for “{query}”',
    omniboxEnterHint: '(Enter opens the search page)',
    omniboxOtherRole: 'other role',
    omniboxNewer: 'Newer:',
    omniboxTerm: 'what does it mean? The page that explains the term',
    menuRelatedSelection: 'Find related guidance for “%s”',
    menuRelated: 'Find related guidance',
  },
};
