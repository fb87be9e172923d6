import type { EventRef, PersonRef, PrincipleTag, ProjectRef } from '../../domain/entities.js';
import type { Item, ItemType, ObjectiveTag, OrganizationRef, Provenance } from '../../domain/item.js';
import type { ItemRow } from './schema.js';

/** Columns of an items row computed from an Item (everything but the row key and timestamps). */
export type ItemColumns = Omit<ItemRow, 'doc' | 'created_at' | 'updated_at'>;

// A record, not an array, so that the compiler insists on every column.
const COLUMN_SET: Record<keyof ItemColumns, true> = {
  id: true,
  type: true,
  title: true,
  url: true,
  published: true,
  published_ts: true,
  published_day: true,
  year: true,
  language: true,
  summary: true,
  text: true,
  html: true,
  source_organization: true,
  submitted_by: true,
  organizations: true,
  countries: true,
  regions: true,
  objectives: true,
  principles: true,
  type_evidence: true,
  projects: true,
  people: true,
  events: true,
  provenance: true,
  content_hash: true,
};

/** Names of the items columns written from an Item. */
export const ITEM_COLUMNS = Object.keys(COLUMN_SET) as (keyof ItemColumns)[];

/** Row form of an item: JSON for the arrays, derived columns for sorting and date filters. */
export function itemToColumns(item: Item): ItemColumns {
  const day = item.published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(item.published) : null;
  const ts = item.published ? Date.parse(item.published) : Number.NaN;
  return {
    id: item.id,
    type: item.type,
    title: item.title,
    url: item.url,
    published: item.published,
    published_ts: Number.isFinite(ts) ? ts : null,
    published_day: day ? day[0] : null,
    year: day ? Number(day[1]) : null,
    language: item.language,
    summary: item.summary,
    text: item.text,
    html: item.html,
    source_organization: item.sourceOrganization,
    submitted_by: item.submittedBy,
    organizations: JSON.stringify(item.organizations),
    countries: JSON.stringify(item.countries),
    regions: JSON.stringify(item.regions),
    objectives: JSON.stringify(item.objectives),
    principles: JSON.stringify(item.principles),
    type_evidence: JSON.stringify(item.typeEvidence),
    projects: JSON.stringify(item.projects),
    people: JSON.stringify(item.people),
    events: JSON.stringify(item.events),
    provenance: JSON.stringify(item.provenance),
    content_hash: item.contentHash,
  };
}

/** Domain item from a stored row. */
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
    organizations: JSON.parse(row.organizations) as OrganizationRef[],
    countries: JSON.parse(row.countries) as string[],
    regions: JSON.parse(row.regions) as string[],
    objectives: JSON.parse(row.objectives) as ObjectiveTag[],
    principles: JSON.parse(row.principles) as PrincipleTag[],
    typeEvidence: JSON.parse(row.type_evidence) as string[],
    projects: JSON.parse(row.projects) as ProjectRef[],
    people: JSON.parse(row.people) as PersonRef[],
    events: JSON.parse(row.events) as EventRef[],
    provenance: JSON.parse(row.provenance) as Provenance,
    contentHash: row.content_hash,
  };
}
