/** The catalogue's shape: assets/catalogue.json as lib/catalogue/parse.ts validates it. */

/** A page that has taken over from an entry's page since the seed document was written. */
export interface Successor {
  /** The successor's title as published. */
  title: string;
  url: string;
  /** When it took over: a year, or an ISO date (2022, 2022-01, 2022-01-01). */
  since: string;
  /** One line on what changed, bokmål. */
  note?: string;
}

/** A dated remark on an entry ("Perioden 2020–2024 er over; …"). */
export interface EntryNote {
  text: string;
  /** When the remark was last known true: a year, or an ISO date. */
  asOf: string;
}

export interface Entry {
  id: string;
  title: string;
  url: string;
  publisher: string;
  kind: string;
  description: string;
  keywords: string[];
  note?: EntryNote;
  successors?: Successor[];
}

export interface Group {
  title: string;
  entries: string[];
}

export interface Role {
  id: string;
  name: string;
  summary: string;
  groups: Group[];
}

export interface Catalogue {
  version: 1;
  entries: Entry[];
  roles: Role[];
}
