/** Named things an item speaks of, beyond countries and organisations: projects, people, events. */

/** A project or programme named in an item ("implemented … from 1 January 2019 for 48 months"). */
export interface ProjectRef {
  /** Stable slug from the acronym, else the name, e.g. "supreme-tr". */
  id: string;
  name: string;
  acronym?: string;
  /** Organisation ids or names of funders ("funded by the United Kingdom" → "GBR"/"United Kingdom"). */
  funders: string[];
  /** Organisation ids or names of implementers. */
  implementers: string[];
  /** ISO alpha-3 codes of the countries it works in, when the text says so. */
  countries: string[];
  /** ISO dates (YYYY-MM-DD) when the text gives them. */
  start?: string;
  end?: string;
  durationMonths?: number;
  /** The sentence or phrase it was read from. */
  evidence: string;
}

/** A person named with a role ("Martijn Pluim, Director of Migration Dialogues and Cooperation at ICMPD"). */
export interface PersonRef {
  /** Slug of the name, e.g. "martijn-pluim". */
  id: string;
  name: string;
  role?: string;
  /** Organisation id when known, else its name as written. */
  organization?: string;
  evidence: string;
}

/** An event the item reports or announces ("80 participants representing 33 partner countries"). */
export interface EventRef {
  /** Slug of the name plus the year when known, e.g. "6th-silk-routes-working-group-meeting-2015". */
  id: string;
  name: string;
  /** ISO date (YYYY-MM-DD) of the start, when the text gives it. */
  date?: string;
  endDate?: string;
  place?: string;
  participants?: number;
  countriesRepresented?: number;
  evidence: string;
}

/** A guiding principle of the GCM tagged on an item (ids in domain/gcm.ts). */
export interface PrincipleTag {
  id: string;
  score: number;
  evidence: { kind: 'term' | 'context' | 'correction'; text: string }[];
}
