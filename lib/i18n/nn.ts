/** Every UI string in Norwegian nynorsk. Typed as `Messages`, so no key can go missing. */
import type { Messages } from './nb';

export const nn: Messages = {
  roleNames: {
    'kommune-leder': {
      name: 'Leiar i kommune',
      summary:
        'Regelverket, ALIS, søknad om å bli registrert utdanningsverksemd, avtalar og tilskot, og kva utdanninga inneheld: for deg som leier ein kommune eller eit legekontor.',
    },
    'sykehus-leder': {
      name: 'Leiar på sjukehus',
      summary:
        'Regelverket, søknad om å bli godkjend utdanningsverksemd, kva utdanninga inneheld og Kompetanseportalen: for deg som leier ei sjukehusavdeling eller eit helseføretak.',
    },
    lis: {
      name: 'Lege i spesialisering (LIS)',
      summary:
        'Regelverket, utdanningsplanar og læringsmål, rettleiing og vurdering, og Kompetanseportalen: for deg som er LIS1, LIS2 eller LIS3. ALIS-sidene høyrer til kommunerollene, men søket finn dei.',
    },
    'kommune-veileder': {
      name: 'Rettleiar og supervisør i kommune',
      summary:
        'Regelverket, ALIS, rettleiing og supervisjon, læringsmål og vurdering: for deg som rettleier eller er supervisør for legar i spesialisering i kommunen.',
    },
  },
  allRoles: 'Alle roller',
  allRolesSummary: 'Alle lenkjene frå alle rollene, samla.',
  pickerHeading: 'Kven er du?',
  pickerHint: 'Vel rolla di, så viser Spes lenkjene som gjeld deg. Du kan byte når som helst.',
  roleLabel: 'Rolle:',
  changeRole: 'Byt rolle',
  roleLockedNote: 'Sett av arbeidsplassen',
  searchLabel: 'Søk i rettleiinga',
  searchPlaceholder: 'Søk: ALIS, læringsmål, rettleiar …',
  noHitsFor: 'Ingen treff for «{query}».',
  noHitsHint: 'Prøv eit kortare ord eller ei forkorting, til dømes «ALIS», «LIS1» eller «FKM».',
  noHitsInRole: (role) => `Ingen av lenkjene for ${role} passar. Desse treffa er frå andre roller:`,
  otherRoleBadge: 'Anna rolle',
  sectionTitles: {
    hits: 'Treff',
    'other-roles': 'Frå andre roller',
    'this-entry': 'Denne sida i katalogen',
    related: 'Relatert rettleiing',
    favourites: 'Favorittar',
    recent: 'Nyleg opna',
    org: 'Frå arbeidsplassen din',
  },
  // Catalogue kinds and publishers in the UI language; titles stay as published.
  kindNames: {
    PDF: 'PDF',
    'e-læringskurs': 'e-læringskurs',
    'faglige råd': 'faglege råd',
    forskrift: 'forskrift',
    'nasjonal veileder': 'nasjonal rettleiar',
    nettside: 'nettside',
    portal: 'portal',
    prosjektside: 'prosjektside',
    rundskriv: 'rundskriv',
    temaside: 'temaside',
    utdanningsplan: 'utdanningsplan',
    veiledning: 'rettleiing',
    video: 'video',
    'lokal lenke': 'lokal lenkje',
  },
  publisherNames: {
    'Din arbeidsplass': 'Arbeidsplassen din',
  },
  pickerCancel: 'Avbryt',
  searchPageTitle: 'Spes: søk i rettleiinga',
  welcomeTitle: 'Velkomen til Spes',
  welcomeIntro:
    'Spes samlar den offisielle rettleiinga om spesialistutdanninga for legar: forskrift, rundskriv, utdanningsplanar, rettleiing og Kompetanseportalen.',
  welcomeChosen: 'Du har valt',
  welcomeChosenByOrg: 'Arbeidsplassen din har valt rolla',
  welcomeHowToSearch: 'Klikk på Spes-ikonet i verktøylinja, eller trykk Alt+Shift+S, for å søkje.',
  welcomeHowToPin: 'Fest ikonet via puslespel-knappen i nettlesaren så det alltid er synleg.',
  dateLocale: 'nn-NO',
  dateAtTime: (day, time) => `${day} kl. ${time}`,
  linkBroken: (when) => `Lenkja verka ikkje då ho vart sjekka ${when}.`,
  openAnyway: 'Opne likevel',
  searchTitleAt: (publisher) => `Søk etter tittelen hos ${publisher}`,
  archivedCopy: 'Arkivert kopi',
  movedTo: 'Sida er flytta til',
  stateLabels: {
    ok: 'Verkar',
    moved: 'Flytta',
    broken: 'Verkar ikkje',
    unknown: 'Usikker',
    unchecked: 'Ikkje sjekka',
  },
  possiblyBroken: (state) => `${state} (mogleg brot, blir sjekka igjen)`,
  reasonTexts: {
    'front-page': 'blir send til framsida',
    'not-found-page': 'blir send til ei «finst ikkje»-side',
    'redirect-elsewhere': 'sender vidare til ein nettstad Spes ikkje har lov til å sjekke',
    'no-such-host': 'nettstaden finst ikkje',
    'redirect-loop': 'blir vidaresend i ring',
    timeout: 'svarte ikkje i tide',
    'bot-protection': 'stoppa av robotsperre',
  },
  optionsTitle: 'Spes: innstillingar og lenkjesjekk',
  optionsHeading: 'Spes: innstillingar',
  roleSettingHeading: 'Rolle',
  roleSettingLabel: 'Rolla di:',
  roleNotChosen: 'Inga rolle vald enno',
  languageHeading: 'Språk',
  languageLabel: 'Språk i Spes:',
  languageNames: { auto: 'Som nettlesaren', nb: 'Bokmål', nn: 'Nynorsk', en: 'English' },
  linkCheckHeading: 'Sjekk av lenkjer',
  linkCheckIntro:
    'Spes sjekkar lenkjene i bakgrunnen. Ei lenkje blir merkt som død først når to sjekkar med timars mellomrom har funne ho død, og éin vellukka sjekk fjernar merket igjen.',
  intervalLabel: 'Sjekk lenkjene automatisk:',
  intervalLabels: { daily: 'Kvar dag', weekly: 'Kvar veke', off: 'Aldri (av)' },
  checkNow: 'Sjekk lenkjene no',
  checking: 'Sjekkar …',
  notCheckedYet: 'Lenkjene er ikkje sjekka enno.',
  lastRun: (when, count, verdict) => `Siste sjekk ${when}: ${count} lenkjer, ${verdict}.`,
  verdicts: {
    trusted: 'fullført',
    offline: 'nettlesaren var fråkopla, så ingenting vart endra',
    'all-failed-alike': 'alle lenkjene feila likt (fråkopla eller innloggingsside), så ingenting vart endra',
  },
  allLinksHeading: 'Alle lenkjer',
  tableColumns: {
    link: 'Lenkje',
    state: 'Tilstand',
    http: 'HTTP',
    endedAt: 'Blir send til',
    checkedAt: 'Sist sjekka',
  },
  resetHeading: 'Tilbakestill',
  resetIntro:
    'Set rolle, språk og lenkjesjekk tilbake og tømer favorittar og nyleg opna, slik det var då Spes vart installert.',
  resetButton: 'Tilbakestill alt …',
  resetConfirmQuestion:
    'Vil du verkeleg tilbakestille rolle, språk og lenkjesjekk og tømme favorittar og nyleg opna? Dette kan ikkje angrast.',
  resetConfirm: 'Ja, tilbakestill',
  resetCancel: 'Avbryt',
  resetDone: 'Alt er tilbakestilt.',
  // Favourites, recent and the result count
  clearRecent: 'Tøm',
  clearRecentLabel: 'Tøm lista over nyleg opna lenkjer',
  addFavourite: 'Legg til i favorittar',
  removeFavourite: 'Fjern frå favorittar',
  hitCount: (count: number) => `${count} treff`,
  selectedOf: (title: string, position: number, count: number) => `${title}, ${position} av ${count}`,
  // Where the guidance has moved on: a page that took over, and a dated note
  newer: 'Nyare:',
  noteAsOf: (when: string) => `per ${when}`,
  // Answers beyond pages (components/answers): dated facts and "what is ...?" cards
  factsLabel: 'Aktuelt no',
  factSource: 'kjelde',
  answerReadMore: (host: string) => `Les meir hos ${host}`,
  // Spes's own catalogue texts: the language they are picked in (words.ts), and the seed's group
  // headings, keyed by the heading as published.
  language: 'nn',
  groupTitles: {
    'Ansvar, roller og regelverk i spesialistutdanningen for leger':
      'Ansvar, roller og regelverk i spesialistutdanninga for legar',
    'Søknad om å bli registrert utdanningsvirksomhet': 'Søknad om å bli registrert utdanningsverksemd',
    'Søknad om å bli godkjent utdanningsvirksomhet': 'Søknad om å bli godkjend utdanningsverksemd',
    'Søknad om å bli registrert eller godkjent utdanningsvirksomhet':
      'Søknad om å bli registrert eller godkjend utdanningsverksemd',
    'Avtaler og tilskudd': 'Avtalar og tilskot',
    'Spesialistutdanningens innhold og gjennomføring':
      'Innhaldet i og gjennomføringa av spesialistutdanninga',
    'Kompetanseportalen og godkjenning av læringsmål': 'Kompetanseportalen og godkjenning av læringsmål',
  },
  // Sharing the list and the handout
  shareToggle: 'Del',
  shareToggleLabel: 'Del lenkjene',
  shareCopy: 'Kopier lenkjene',
  shareHandout: 'Lag utdelingsark (skriv ut)',
  // The role whose list is shared: the user's own, another, or every role
  shareRoleLabel: 'Lenkjene for',
  shareCopied: (count: number) => `Kopiert: ${count} ${count === 1 ? 'lenkje' : 'lenkjer'}`,
  shareNothing: 'Ingen lenkjer å dele.',
  shareCopyFailed: 'Lenkjene vart ikkje kopierte. Prøv igjen, eller lag eit utdelingsark.',
  shareTitleRole: (role: string) => `Lenkjer: ${role}`,
  shareTitleSearch: (query: string) => `Lenkjer: søk etter «${query}»`,
  shareBrokenNote: 'Verka ikkje ved siste sjekk.',
  shareSuccessor: 'Nyare:',
  handoutPageTitle: 'Spes: utdeling',
  handoutKicker: 'Rettleiing om spesialistutdanninga for legar',
  handoutMadeWith: 'Laga med Spes',
  handoutBrokenLegend: 'Lenkjer som ikkje verkar',
  handoutBrokenChoices: { mark: 'Merk dei', omit: 'Utelat dei' },
  handoutPrint: 'Skriv ut / lagre som PDF',
  handoutEmpty: 'Ingen lenkjer å vise.',
  handoutUnknownRole: (role) => `Spes kjenner ingen rolle som heiter «${role}». Vel ei av desse:`,
  // Link checks switched off by policy, and a check without network
  checksOffByOrg: 'Sett av arbeidsplassen: Spes sjekkar ikkje lenkjene, og sender ingen førespurnader.',
  noNetwork: (when) => `Inga nettverkstilgang ${when}: sjekken vart stoppa, og ingenting vart endra.`,
  // The role picker's mark, the "Anna rolle" badge's explanation, the way to the options page
  pickerCurrent: '(vald)',
  otherRoleTitle: 'Lenkja høyrer til ei anna rolle enn di, men passar søket.',
  openOptions: 'Innstillingar',
};
