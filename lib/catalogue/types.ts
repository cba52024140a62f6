/** The catalogue's shape: assets/catalogue.json as lib/catalogue/parse.ts validates it. */

/** A page that has taken over from an entry's page since the seed document was written. */
export interface Successor {
  title: string;
  url: string;
  /** When it took over: a year, or an ISO date (2022, 2022-01, 2022-01-01). */
  since: string;
  /** One line on what changed, bokmål. */
  note?: string;
}

/** A dated remark on an entry ("Perioden 2020–2024 er over; …"). */
export interface EntryNote {
  /** Bokmål; `textNn` and `textEn` say the same in nynorsk and English. */
  text: string;
  textNn?: string;
  textEn?: string;
  /** When the remark was last known true: a year, or an ISO date. */
  asOf: string;
}

export interface Entry {
  id: string;
  title: string;
  url: string;
  publisher: string;
  kind: string;
  /** Bokmål. Catalogue entries say the same in `descriptionNn` and `descriptionEn`. */
  description: string;
  /** Absent on an organisation's own links (lib/policy) and in a bokmål-only catalogue (parse.ts). */
  descriptionNn?: string;
  descriptionEn?: string;
  /** Words search matches on: in the file, not in what pages paint from (lib/search joins them). */
  keywords?: string[];
  /** Ids of the entries this one explains: a circular names the regulation it comments on. */
  explains?: string[];
  note?: EntryNote;
  successors?: Successor[];
}

export interface Group {
  title: string;
  entries: string[];
  /** Spes's own group, beyond the seed document: listed after the seed's groups, marked as Spes's. */
  own?: true;
  /** Set on the organisation's own groups (lib/policy): `title` is then their sub-heading, or ''. */
  org?: boolean;
}

export interface Role {
  id: string;
  name: string;
  summary: string;
  groups: Group[];
}

/** One of the 46 specialties, or LIS1: what a user may pick beside the role (lib/specialty). */
export interface Specialty {
  id: string;
  /** As the training centres publish it (ORT, ØNH); absent where no copy showed it. */
  code?: string;
  name: string;
  nameEn: string;
  /** How its training runs after part 1 (LIS1 is part 1 itself). */
  route: 'direct' | 'fim' | 'surgical' | 'municipal' | 'lis1';
  /** Its own pages first, then the hub pages of its route. */
  entries: string[];
}

export interface Catalogue {
  version: 1;
  entries: Entry[];
  roles: Role[];
  /**
   * Groups of different roles that mean the same, listed as one under `title` in "Alle roller":
   * `groups` are their titles as the roles have them.
   */
  allRoles?: { title: string; groups: string[] }[];
  specialties?: Specialty[];
}

/**
 * Entry fields the pages' bundle keeps apart from the catalogue it paints from, by entry id
 * (lib/build/runtime-data.ts); lib/search joins them back (withSearchFields).
 */
export type EntryFields = Readonly<
  Record<string, Partial<Omit<Entry, 'id' | 'note'>> & { note?: Partial<EntryNote> }>
>;

/** An entry's description and note in one language, by entry id (`catalogue.json?nn`, `?en`). */
export type EntryTexts = Readonly<Record<string, { description?: string; note?: string }>>;
