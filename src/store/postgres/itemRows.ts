import type { EventRef, PersonRef, PrincipleTag, ProjectRef } from '../../domain/entities.js';
import type { Item, ItemType, ObjectiveTag, OrganizationRef, Provenance } from '../../domain/item.js';
import type { ItemRow } from './schema.js';
import { searchVector } from './searchVector.js';

/** An items row as written: plain values and JSON values, serialised at once in one jsonb batch parameter. */
export interface ItemColumns {
  id: string;
  type: string;
  title: string;
  url: string | null;
  published: string | null;
  published_at: string | null;
  published_day: string | null;
  year: number | null;
  language: string;
  summary: string;
  text: string;
  html: string | null;
  source_organization: string | null;
  submitted_by: string | null;
  organizations: OrganizationRef[];
  countries: string[];
  regions: string[];
  objectives: ObjectiveTag[];
  principles: PrincipleTag[];
  type_evidence: string[];
  projects: ProjectRef[];
  people: PersonRef[];
  events: EventRef[];
  provenance: Provenance;
  content_hash: string;
  search_vector: string;
}

/** Column definitions for jsonb_to_recordset over a batch of ItemColumns, in the order of ITEM_COLUMN_NAMES. */
export const ITEM_RECORD_TYPES: Record<keyof ItemColumns, string> = {
  id: 'text',
  type: 'text',
  title: 'text',
  url: 'text',
  published: 'text',
  published_at: 'timestamptz',
  published_day: 'text',
  year: 'integer',
  language: 'text',
  summary: 'text',
  text: 'text',
  html: 'text',
  source_organization: 'text',
  submitted_by: 'text',
  organizations: 'jsonb',
  countries: 'jsonb',
  regions: 'jsonb',
  objectives: 'jsonb',
  principles: 'jsonb',
  type_evidence: 'jsonb',
  projects: 'jsonb',
  people: 'jsonb',
  events: 'jsonb',
  provenance: 'jsonb',
  content_hash: 'text',
  search_vector: 'tsvector',
};

export const ITEM_COLUMN_NAMES = Object.keys(ITEM_RECORD_TYPES) as (keyof ItemColumns)[];

// Beyond what JavaScript dates can say PostgreSQL cannot either; such items sort as undated.
const MIN_TS = Date.parse('0001-01-01T00:00:00Z');
const MAX_TS = Date.parse('9999-12-31T23:59:59Z');

/** Row form of an item: derived columns for sorting, date filters and full-text search. */
export function itemToColumns(item: Item): ItemColumns {
  const day = item.published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(item.published) : null;
  const ts = item.published ? Date.parse(item.published) : Number.NaN;
  return {
    id: item.id,
    type: item.type,
    title: item.title,
    url: item.url,
    published: item.published,
    published_at: Number.isFinite(ts) && ts >= MIN_TS && ts <= MAX_TS ? new Date(ts).toISOString() : null,
    published_day: day ? day[0] : null,
    year: day ? Number(day[1]) : null,
    language: item.language,
    summary: item.summary,
    text: item.text,
    html: item.html,
    source_organization: item.sourceOrganization,
    submitted_by: item.submittedBy,
    organizations: item.organizations,
    countries: item.countries,
    regions: item.regions,
    objectives: item.objectives,
    principles: item.principles,
    type_evidence: item.typeEvidence,
    projects: item.projects,
    people: item.people,
    events: item.events,
    provenance: item.provenance,
    content_hash: item.contentHash,
    search_vector: searchVector(item),
  };
}

/** Domain item from a stored row (pg parses the jsonb columns). */
export function rowToItem(row: ItemRow): Item {
  return {
    id: row.id,
    type: row.type as ItemType,
    title: row.title,
    url: row.url,
    published: row.published,
    language: row.language,
    summary: row.summary,
    text: row.text,
    html: row.html,
    sourceOrganization: row.source_organization,
    submittedBy: row.submitted_by,
    organizations: row.organizations as OrganizationRef[],
    countries: row.countries as string[],
    regions: row.regions as string[],
    objectives: row.objectives as ObjectiveTag[],
    principles: row.principles as PrincipleTag[],
    typeEvidence: row.type_evidence as string[],
    projects: row.projects as ProjectRef[],
    people: row.people as PersonRef[],
    events: row.events as EventRef[],
    provenance: row.provenance as Provenance,
    contentHash: row.content_hash,
  };
}

/**
 * JSON for a jsonb parameter. PostgreSQL text cannot hold U+0000, which SQLite stores; it is dropped from every
 * string rather than failing the batch (no reader can tell an invisible control character is missing).
 */
export function toJsonParameter(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? v.replaceAll('\u0000', '') : v));
}
