/**
 * Every UI string in Norwegian bokmål, the default language. nn.ts and en.ts are typed as
 * `Messages`, so a key missing there is a type error; tests/unit/i18n/language.test.ts also fails on a key
 * that no code uses any more. Catalogue titles are official names and stay out of here.
 */
import type { EntryTexts } from '../catalogue';
import type { LinkCheckInterval, LinkReason, LinkState, RunVerdict } from '../links';
import type { SectionKind } from '../list';

/** The catalogue's roles; a test checks this list against assets/catalogue.json. */
export type RoleId = 'kommune-leder' | 'sykehus-leder' | 'lis' | 'kommune-veileder';
export type RoleText = { name: string; summary: string };

export const nb = {
  // Roles
  roleNames: {
    'kommune-leder': {
      name: 'Leder i kommune',
      summary:
        'Regelverket, ALIS, søknad om å bli registrert utdanningsvirksomhet, avtaler og tilskudd, og hva utdanningen inneholder: for deg som leder en kommune eller et legekontor.',
    },
    'sykehus-leder': {
      name: 'Leder på sykehus',
      summary:
        'Regelverket, søknad om å bli godkjent utdanningsvirksomhet, hva utdanningen inneholder og Kompetanseportalen: for deg som leder en sykehusavdeling eller et helseforetak.',
    },
    lis: {
      name: 'Lege i spesialisering (LIS)',
      summary:
        'Regelverket, utdanningsplaner og læringsmål, veiledning og vurdering, og Kompetanseportalen: for deg som er LIS1, LIS2 eller LIS3. ALIS-sidene hører til kommunerollene, men søket finner dem.',
    },
    'kommune-veileder': {
      name: 'Veileder og supervisør i kommune',
      summary:
        'Regelverket, ALIS, veiledning og supervisjon, læringsmål og vurdering: for deg som veileder eller er supervisør for leger i spesialisering i kommunen.',
    },
  } satisfies Record<RoleId, RoleText>,
  allRoles: 'Alle roller',
  allRolesSummary: 'Alle lenkene fra alle rollene, samlet.',
  pickerHeading: 'Hvem er du?',
  pickerHint: 'Velg rollen din, så viser Spes lenkene som gjelder deg. Du kan bytte når som helst.',
  roleLabel: 'Rolle:',
  changeRole: 'Bytt rolle',
  // The specialty beside the role (components/specialty)
  specialtyLabel: 'Spesialitet:',
  specialtyNone: 'Ingen valgt',
  // Under "no good match" (components/specialty/NoGoodMatch.tsx)
  noGoodMatchWayOn: 'Kom videre:',
  noGoodMatchPickSpecialty: 'Velg spesialiteten din',
  noGoodMatchHub: 'Helsedirektoratets sider om spesialistutdanningen',
  noGoodMatchSearchPage: 'Åpne søket i en egen fane',
  roleLockedNote: 'Satt av arbeidsplassen',
  // Search and list
  searchLabel: 'Søk i veiledningen',
  searchPlaceholder: 'Søk: ALIS, læringsmål, veileder …',
  noHitsFor: 'Ingen treff for «{query}».',
  noHitsHint: 'Prøv et kortere ord eller en forkortelse, for eksempel «ALIS», «LIS1» eller «FKM».',
  noHitsInRole: (role: string) => `Ingen av lenkene for ${role} passer. Disse treffene er fra andre roller:`,
  otherRoleBadge: 'Annen rolle',
  sectionTitles: {
    hits: 'Treff',
    'other-roles': 'Fra andre roller',
    'this-entry': 'Denne siden i katalogen',
    related: 'Relatert veiledning',
    favourites: 'Favoritter',
    recent: 'Nylig åpnet',
    own: 'lagt til av Spes',
    specialty: 'Din spesialitet',
    org: 'Fra din arbeidsplass',
  } satisfies Record<Exclude<SectionKind, 'group'>, string>,
  // Catalogue kinds and publishers in the UI language, keyed as published: bokmål shows them as
  // published, as its titles.
  kindNames: {} as Record<string, string>,
  publisherNames: {} as Record<string, string>,
  cancel: 'Avbryt',
  searchPageTitle: 'Spes: søk i veiledningen',
  // Welcome page
  welcomeTitle: 'Velkommen til Spes',
  welcomeIntro:
    'Spes samler den offisielle veiledningen om spesialistutdanningen for leger: forskrift, rundskriv, utdanningsplaner, veiledning og Kompetanseportalen.',
  welcomeChosen: 'Du har valgt',
  welcomeChosenByOrg: 'Arbeidsplassen din har valgt rollen',
  welcomeHowToSearch: 'Klikk på Spes-ikonet i verktøylinjen, eller trykk Alt+Shift+S, for å søke.',
  welcomeHowToPin: 'Fest ikonet via puslespill-knappen i nettleseren så det alltid er synlig.',
  // Link health
  dateLocale: 'nb-NO',
  dateAtTime: (day: string, time: string) => `${day} kl. ${time}`,
  linkBroken: (when: string) => `Lenken virket ikke da den ble sjekket ${when}.`,
  openAnyway: 'Åpne likevel',
  searchTitleAt: (publisher: string) => `Søk etter tittelen hos ${publisher}`,
  archivedCopy: 'Arkivert kopi',
  movedTo: 'Siden er flyttet til',
  stateLabels: {
    ok: 'Virker',
    moved: 'Flyttet',
    broken: 'Virker ikke',
    unknown: 'Usikker',
    unchecked: 'Ikke sjekket',
  } satisfies Record<LinkState | 'unchecked', string>,
  possiblyBroken: (state: string) => `${state} (mulig brudd, sjekkes igjen)`,
  reasonTexts: {
    'front-page': 'sendes til forsiden',
    'not-found-page': 'sendes til en «finnes ikke»-side',
    'no-such-host': 'nettstedet finnes ikke',
    'redirect-loop': 'videresendes i ring',
    timeout: 'svarte ikke i tide',
    'bot-protection': 'stoppet av robotsperre',
    'redirect-elsewhere': 'sender videre til et nettsted Spes ikke har lov til å sjekke',
  } as Partial<Record<LinkReason, string>>,
  // Options page
  optionsTitle: 'Spes: innstillinger og lenkesjekk',
  optionsHeading: 'Spes: innstillinger',
  roleSettingHeading: 'Rolle',
  roleSettingLabel: 'Rollen din:',
  roleNotChosen: 'Ingen rolle valgt ennå',
  languageHeading: 'Språk',
  languageLabel: 'Språk i Spes:',
  languageNames: { auto: 'Som nettleseren', nb: 'Bokmål', nn: 'Nynorsk', en: 'English' },
  linkCheckHeading: 'Sjekk av lenker',
  linkCheckIntro:
    'Spes sjekker lenkene i bakgrunnen. En lenke merkes som død først når to sjekker med timers mellomrom har funnet den død, og én vellykket sjekk fjerner merket igjen.',
  intervalLabel: 'Sjekk lenkene automatisk:',
  intervalLabels: { daily: 'Hver dag', weekly: 'Hver uke', off: 'Aldri (av)' } satisfies Record<
    LinkCheckInterval,
    string
  >,
  checkNow: 'Sjekk lenkene nå',
  checking: 'Sjekker …',
  notCheckedYet: 'Lenkene er ikke sjekket ennå.',
  lastRun: (when: string, count: number, verdict: string) =>
    `Siste sjekk ${when}: ${count} lenker, ${verdict}.`,
  // A run without network has a text of its own (noNetwork).
  verdicts: {
    trusted: 'fullført',
    offline: 'nettleseren var frakoblet, så ingenting ble endret',
    'all-failed-alike': 'alle lenkene feilet likt (frakoblet eller innloggingsside), så ingenting ble endret',
  } satisfies Record<Exclude<RunVerdict, 'no-network'>, string>,
  allLinksHeading: 'Alle lenker',
  tableColumns: {
    link: 'Lenke',
    state: 'Tilstand',
    http: 'HTTP',
    endedAt: 'Sendes til',
    checkedAt: 'Sist sjekket',
  },
  resetHeading: 'Tilbakestill',
  resetIntro:
    'Setter rolle, språk og lenkesjekk tilbake og tømmer favoritter og nylig åpnet, slik det var da Spes ble installert.',
  resetButton: 'Tilbakestill alt …',
  resetConfirmQuestion:
    'Vil du virkelig tilbakestille rolle, språk og lenkesjekk og tømme favoritter og nylig åpnet? Dette kan ikke angres.',
  resetConfirm: 'Ja, tilbakestill',
  resetDone: 'Alt er tilbakestilt.',
  // Favourites, recent and the result count
  clearRecent: 'Tøm',
  clearRecentLabel: 'Tøm listen over nylig åpnede lenker',
  addFavourite: 'Legg til i favoritter',
  removeFavourite: 'Fjern fra favoritter',
  hitCount: (count: number) => `${count} treff`,
  selectedOf: (title: string, position: number, count: number) => `${title}, ${position} av ${count}`,
  // Where the guidance has moved on: a page that took over, and a dated note
  newer: 'Nyere:',
  noteAsOf: (when: string) => `per ${when}`,
  // Answers beyond pages (components/answers): dated facts and "what is ...?" cards
  factsLabel: 'Aktuelt nå',
  factSource: 'kilde',
  answerReadMore: (host: string) => `Les mer hos ${host}`,
  // Spes's own catalogue texts: the language they are picked in (words.ts), and the seed's group
  // headings, keyed by the heading as published. Bokmål shows them as published. The entries'
  // descriptions and notes in nynorsk and English are kept in the catalogue file and joined in here
  // as those languages load (loadMessages in index.ts); bokmål's are the entries' own.
  language: 'nb',
  entryTexts: {} as EntryTexts,
  groupTitles: {} as Record<string, string>,
  // Sharing the list and the handout
  shareToggle: 'Del',
  shareToggleLabel: 'Del lenkene',
  shareCopy: 'Kopier lenkene',
  shareHandout: 'Lag utdelingsark (skriv ut)',
  // The role whose list is shared: the user's own, another, or every role
  shareRoleLabel: 'Lenkene for',
  shareSpecialtyLabel: 'Med spesialiteten',
  shareCopied: (count: number) => `Kopiert: ${count} ${count === 1 ? 'lenke' : 'lenker'}`,
  shareNothing: 'Ingen lenker å dele.',
  shareCopyFailed: 'Lenkene ble ikke kopiert. Prøv igjen, eller lag et utdelingsark.',
  shareTitleRole: (role: string) => `Lenker: ${role}`,
  shareTitleSearch: (query: string) => `Lenker: søk etter «${query}»`,
  shareBrokenNote: 'Virket ikke ved siste sjekk.',
  handoutPageTitle: 'Spes: utdeling',
  handoutKicker: 'Veiledning om spesialistutdanningen for leger',
  handoutMadeWith: 'Laget med Spes',
  handoutBrokenLegend: 'Lenker som ikke virker',
  handoutBrokenChoices: { mark: 'Merk dem', omit: 'Utelat dem' },
  handoutPrint: 'Skriv ut / lagre som PDF',
  handoutEmpty: 'Ingen lenker å vise.',
  handoutUnknownRole: (role: string) => `Spes kjenner ingen rolle som heter «${role}». Velg en av disse:`,
  // Link checks switched off by policy, and a check without network
  checksOffByOrg: 'Satt av arbeidsplassen: Spes sjekker ikke lenkene, og sender ingen forespørsler.',
  noNetwork: (when: string) =>
    `Ingen nettverkstilgang ${when}: sjekken ble stoppet, og ingenting ble endret.`,
  // The role picker's mark, the "Annen rolle" badge's explanation, the way to the options page
  pickerCurrent: '(valgt)',
  otherRoleTitle: 'Lenken hører til en annen rolle enn din, men passer søket.',
  openOptions: 'Innstillinger',
};

/** The shape every language must fill: nb's keys and value types (a text there is a string, not its words). */
export type Messages = Readonly<typeof nb>;
