/**
 * Every UI string in English, for the many doctors trained abroad. Typed as `Messages`, so no key
 * can go missing. Catalogue titles stay Norwegian (official names); role names are explained.
 */
import type { Messages } from './nb';

export const en: Messages = {
  roleNames: {
    'kommune-leder': {
      name: 'Leader in a municipality (leder i kommune)',
      summary:
        'The regulations, ALIS, applying to register as a training institution, agreements and grants, and what the training contains: for leaders of a municipality or GP surgery.',
    },
    'sykehus-leder': {
      name: 'Leader in a hospital (leder på sykehus)',
      summary:
        'The regulations, applying for approval as a training institution, what the training contains and the Kompetanseportal: for leaders of a hospital department or health trust.',
    },
    lis: {
      name: 'Doctor in specialisation (LIS)',
      summary:
        'The regulations, training plans and learning objectives, supervision and assessment, and the Kompetanseportal: for doctors in LIS1, LIS2 or LIS3. The ALIS pages belong to the municipal roles; search finds them.',
    },
    'kommune-veileder': {
      name: 'Supervisor in a municipality (veileder og supervisør)',
      summary:
        'The regulations, ALIS, supervision, learning objectives and assessment: for veiledere and supervisors of doctors in specialisation in a municipality.',
    },
  },
  allRoles: 'All roles',
  allRolesSummary: 'Every link from every role, together.',
  pickerHeading: 'Who are you?',
  pickerHint: 'Choose your role and Spes shows the links that apply to you. You can change it at any time.',
  roleLabel: 'Role:',
  changeRole: 'Change role',
  // The specialty beside the role (components/specialty)
  specialtyLabel: 'Specialty:',
  specialtyNone: 'None chosen',
  // Under "no good match" (components/specialty/NoGoodMatch.tsx)
  noGoodMatchWayOn: 'Where to go from here:',
  noGoodMatchPickSpecialty: 'Choose your specialty',
  noGoodMatchHub: "Helsedirektoratet's pages on specialist training",
  noGoodMatchSearchPage: 'Open the search in a tab of its own',
  roleLockedNote: 'Set by your workplace',
  searchLabel: 'Search the guidance',
  searchPlaceholder: 'Search: ALIS, læringsmål, veileder …',
  noHitsFor: 'No results for “{query}”.',
  noHitsHint:
    'Try a shorter word or an abbreviation, such as “ALIS”, “LIS1” or “FKM”. Most pages are in Norwegian.',
  noHitsInRole: (role) => `None of the links for ${role} match. These results are from other roles:`,
  otherRoleBadge: 'Other role',
  sectionTitles: {
    hits: 'Results',
    'other-roles': 'From other roles',
    'this-entry': 'This page in the catalogue',
    related: 'Related guidance',
    favourites: 'Favourites',
    recent: 'Recently opened',
    own: 'added by Spes',
    specialty: 'Your specialty',
    org: 'From your workplace',
  },
  // Catalogue kinds and publishers in the UI language; titles stay as published.
  kindNames: {
    PDF: 'PDF',
    'e-læringskurs': 'e-learning course',
    'faglige råd': 'professional advice',
    forskrift: 'regulation',
    'nasjonal veileder': 'national guideline',
    nettside: 'web page',
    portal: 'portal',
    prosjektside: 'project page',
    rundskriv: 'circular',
    temaside: 'topic page',
    skjema: 'form',
    kurs: 'course',
    utdanningsplan: 'training plan',
    veiledning: 'guidance',
    video: 'video',
    'lokal lenke': 'local link',
  },
  publisherNames: {
    'Din arbeidsplass': 'Your workplace',
    Helsedirektoratet: 'Directorate of Health',
    'Helse- og omsorgsdepartementet': 'Ministry of Health and Care Services',
  },
  cancel: 'Cancel',
  searchPageTitle: 'Spes: search the guidance',
  welcomeTitle: 'Welcome to Spes',
  welcomeIntro:
    "Spes gathers the official guidance on Norway's specialist training for doctors: regulations, circulars, training plans, supervision and the Kompetanseportalen. Link titles stay in Norwegian, as published.",
  welcomeChosen: 'You have chosen',
  welcomeChosenByOrg: 'Your workplace has chosen the role',
  welcomeHowToSearch: 'Click the Spes icon in the toolbar, or press Alt+Shift+S, to search.',
  welcomeHowToPin: "Pin the icon with the browser's puzzle-piece button so it is always in view.",
  dateLocale: 'en-GB',
  dateAtTime: (day, time) => `${day} at ${time}`,
  linkBroken: (when) => `This link did not work when it was checked on ${when}.`,
  openAnyway: 'Open anyway',
  searchTitleAt: (publisher) => `Search for the title at ${publisher}`,
  archivedCopy: 'Archived copy',
  movedTo: 'The page has moved to',
  stateLabels: {
    ok: 'Works',
    moved: 'Moved',
    broken: 'Broken',
    unknown: 'Uncertain',
    unchecked: 'Not checked',
  },
  possiblyBroken: (state) => `${state} (possibly broken, will be checked again)`,
  reasonTexts: {
    'front-page': 'sends you to the front page',
    'not-found-page': 'sends you to a “not found” page',
    'redirect-elsewhere': 'sends you on to a site Spes has no permission to check',
    'no-such-host': 'the site does not exist',
    'redirect-loop': 'redirects in a loop',
    timeout: 'did not answer in time',
    'bot-protection': 'stopped by bot protection',
  },
  optionsTitle: 'Spes: settings and link check',
  optionsHeading: 'Spes: settings',
  roleSettingHeading: 'Role',
  roleSettingLabel: 'Your role:',
  roleNotChosen: 'No role chosen yet',
  languageHeading: 'Language',
  languageLabel: 'Language in Spes:',
  languageNames: { auto: 'Same as the browser', nb: 'Bokmål', nn: 'Nynorsk', en: 'English' },
  linkCheckHeading: 'Link check',
  linkCheckIntro:
    'Spes checks the links in the background. A link is marked broken only when two checks hours apart have both found it broken, and one successful check clears the mark.',
  intervalLabel: 'Check the links automatically:',
  intervalLabels: { daily: 'Every day', weekly: 'Every week', off: 'Never (off)' },
  checkNow: 'Check the links now',
  checking: 'Checking …',
  notCheckedYet: 'The links have not been checked yet.',
  lastRun: (when, count, verdict) => `Last check ${when}: ${count} links, ${verdict}.`,
  verdicts: {
    trusted: 'completed',
    offline: 'the browser was offline, so nothing was changed',
    'all-failed-alike': 'every link failed alike (offline or a login page), so nothing was changed',
  },
  allLinksHeading: 'All links',
  tableColumns: {
    link: 'Link',
    state: 'State',
    http: 'HTTP',
    endedAt: 'Redirects to',
    checkedAt: 'Last checked',
  },
  resetHeading: 'Reset',
  resetIntro:
    'Puts role, language and link check back and empties favourites and recently opened, as when Spes was installed.',
  resetButton: 'Reset everything …',
  resetConfirmQuestion:
    'Do you really want to reset role, language and link check, and empty favourites and recently opened? This cannot be undone.',
  resetConfirm: 'Yes, reset',
  resetDone: 'Everything has been reset.',
  // Favourites, recent and the result count
  clearRecent: 'Clear',
  clearRecentLabel: 'Clear the list of recently opened links',
  addFavourite: 'Add to favourites',
  removeFavourite: 'Remove from favourites',
  hitCount: (count: number) => (count === 1 ? '1 result' : `${count} results`),
  selectedOf: (title: string, position: number, count: number) => `${title}, ${position} of ${count}`,
  // Where the guidance has moved on: a page that took over, and a dated note
  newer: 'Newer:',
  noteAsOf: (when: string) => `as of ${when}`,
  // Answers beyond pages (components/answers): dated facts and "what is ...?" cards
  factsLabel: 'Current notices',
  factSource: 'source',
  answerReadMore: (host: string) => `Read more at ${host}`,
  // Spes's own catalogue texts: the language they are picked in (words.ts), and the seed's group
  // headings, keyed by the heading as published.
  language: 'en',
  entryTexts: {}, // from the catalogue, as loadMessages (index.ts) loads this language
  groupTitles: {
    'Ansvar, roller og regelverk i spesialistutdanningen for leger':
      'Responsibilities, roles and rules in specialist training for doctors',
    'Søknad om å bli registrert utdanningsvirksomhet': 'Applying to be a registered training institution',
    'Søknad om å bli godkjent utdanningsvirksomhet': 'Applying to be an approved training institution',
    'Søknad om å bli registrert eller godkjent utdanningsvirksomhet':
      'Applying to be a registered or approved training institution',
    'Avtaler og tilskudd': 'Agreements and grants',
    'Spesialistutdanningens innhold og gjennomføring': 'What specialist training contains and how it runs',
    'Kompetanseportalen og godkjenning av læringsmål': 'Kompetanseportalen and approving learning goals',
    // Spes's own groups beyond the seed (assets/catalogue.json, `own`)
    'Søke spesialistgodkjenning': 'Applying for specialist approval',
    'LIS1: søknad og frister': 'LIS1: applications and deadlines',
    'Innlogging i Kompetanseportalen': 'Logging in to Kompetanseportalen',
    'Kurs fra de regionale utdanningssentrene': 'Courses from the regional training centres',
    'Veiledning og supervisjon i praksis': 'Guidance and supervision in practice',
    'ALIS og SamLIS i praksis': 'GP and community-medicine trainees in practice',
    'Utdanningsløp og spesialiteter': 'Routes and specialties',
    Legeforeningen: 'The Norwegian Medical Association',
  },
  // Sharing the list and the handout
  shareToggle: 'Share',
  shareToggleLabel: 'Share the links',
  shareCopy: 'Copy the links',
  shareHandout: 'Make a handout (print)',
  // The role whose list is shared: the user's own, another, or every role
  shareRoleLabel: 'Links for',
  shareSpecialtyLabel: 'With the specialty',
  shareCopied: (count: number) => `Copied: ${count} ${count === 1 ? 'link' : 'links'}`,
  shareNothing: 'No links to share.',
  shareCopyFailed: 'The links were not copied. Try again, or make a handout.',
  shareTitleRole: (role: string) => `Links: ${role}`,
  shareTitleSearch: (query: string) => `Links: search for “${query}”`,
  shareBrokenNote: 'Did not work at the last check.',
  handoutPageTitle: 'Spes: handout',
  handoutKicker: 'Guidance on specialist training for doctors',
  handoutMadeWith: 'Made with Spes',
  handoutBrokenLegend: 'Links that do not work',
  handoutBrokenChoices: { mark: 'Mark them', omit: 'Leave them out' },
  handoutPrint: 'Print / save as PDF',
  handoutEmpty: 'No links to show.',
  handoutUnknownRole: (role) => `Spes knows no role called “${role}”. Choose one of these:`,
  // Link checks switched off by policy, and a check without network
  checksOffByOrg: 'Set by your workplace: Spes does not check the links, and sends no requests.',
  noNetwork: (when) => `No network access ${when}: the check was stopped, and nothing was changed.`,
  // The role picker's mark, the "Other role" badge's explanation, the way to the options page
  pickerCurrent: '(chosen)',
  otherRoleTitle: 'This link belongs to another role than yours, but matches the search.',
  openOptions: 'Settings',
};
