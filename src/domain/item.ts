/** Item model shared by every stage: ingest produces ParsedItem, enrich turns it into Item, store keeps Item. */
import type { EventRef, PersonRef, PrincipleTag, ProjectRef } from './entities.js';

export const ITEM_TYPES = [
  'news',
  'practice',
  'publication',
  'event',
  'project',
  'statement',
  'call',
  'vacancy',
  'newsletter',
  'page',
] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

export function isItemType(value: string): value is ItemType {
  return (ITEM_TYPES as readonly string[]).includes(value);
}

/** Formats the importers recognise; the detector names one of these for every document. */
export const SOURCE_FORMATS = [
  'rss',
  'atom',
  'json-feed',
  'html-article',
  'html-listing',
  'email',
  'warc',
  'wet',
  'text-listing',
  'text-feed',
  'text-page',
  'text-newsletter',
] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** Where an item came from: the file or URL, the detected format, and its 0-based position in that document. */
export interface Provenance {
  source: string;
  format: SourceFormat;
  position: number;
}

/** One reason for a tag: a term found in the text, or the context the item was published in. */
export interface Evidence {
  kind: 'term' | 'context' | 'correction';
  /** The matched term, or a sentence describing the context ("listed under Objective 23"). */
  text: string;
}

/** Facts a parser read from the document structure that count as evidence for understanding. */
export interface ContextHint {
  kind: 'objective';
  objective: number;
  /** Human-readable reason, e.g. 'listed on the page "Objective 23: Strengthen international cooperation …"'. */
  evidence: string;
}

/** What a parser yields: what the document says, with no interpretation beyond its structure. */
export interface ParsedItem {
  guid?: string;
  url?: string;
  title: string;
  /** ISO 8601 with offset, e.g. 2019-07-16T15:32:30+02:00. */
  published?: string;
  summary?: string;
  /** Plain-text body, paragraphs separated by a blank line. */
  text: string;
  /** Raw HTML body when the source had HTML (sanitised later, once, in enrich). */
  html?: string;
  /** Type implied by the document's structure (a section "Latest publications", a practice listing…). */
  typeHint?: ItemType;
  /** Name, acronym or domain of the organisation that published the document. */
  sourceOrganization?: string;
  submittedBy?: string;
  /** Language declared by the document (ISO 639-1), if any. */
  language?: string;
  context?: ContextHint[];
  provenance: Provenance;
}

export interface ObjectiveTag {
  /** 1–23. */
  objective: number;
  /** 0–1, higher is more confident. */
  score: number;
  evidence: Evidence[];
}

export interface OrganizationRef {
  /** Stable slug used in URLs and facets, e.g. "icmpd", "un-habitat". */
  id: string;
  /** Short display name, the acronym when there is one, e.g. "ICMPD". */
  name: string;
  fullName?: string;
}

/** An understood item, as stored and served. */
export interface Item {
  id: string;
  type: ItemType;
  title: string;
  url: string | null;
  published: string | null;
  /** ISO 639-1 code, or "und" when undetermined. */
  language: string;
  summary: string;
  text: string;
  /** Sanitised HTML body, only when the source had HTML. */
  html: string | null;
  /** Display name of the publishing organisation. */
  sourceOrganization: string | null;
  submittedBy: string | null;
  organizations: OrganizationRef[];
  /** ISO 3166-1 alpha-3 codes. */
  countries: string[];
  /** Region ids from domain/regions.ts. */
  regions: string[];
  objectives: ObjectiveTag[];
  /** GCM guiding principles, best first (ids in domain/gcm.ts). */
  principles: PrincipleTag[];
  /** Why the item has its type, e.g. ["title: call for …", "text: deadline"]; a correction adds its own line. */
  typeEvidence: string[];
  projects: ProjectRef[];
  people: PersonRef[];
  events: EventRef[];
  provenance: Provenance;
  /** Hash of the content fields; an unchanged hash means an unchanged item. */
  contentHash: string;
}
