/**
 * Headings Spes gives its own sections in the view models (lib/popup-view.ts, lib/related-view.ts).
 * View models speak bokmål, and lib/section-title.ts puts these in the UI language; the bokmål
 * messages show them as they are. Kept here, apart from the messages, so that the view models
 * do not load a language the page may not show.
 */
export const VIEW_TITLES = {
  hits: 'Treff',
  otherRoles: 'Fra andre roller',
  thisEntry: 'Denne siden i katalogen',
  related: 'Relatert veiledning',
} as const;

export type ViewTitleKey = keyof typeof VIEW_TITLES;
