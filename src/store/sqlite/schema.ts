import type { Generated } from 'kysely';

/**
 * Row types of the SQLite database. `doc` is the integer row key shared by items, junction tables and the
 * FTS index (small integer joins keep facet counting fast); `id` is the item's public string id.
 * JSON columns hold the domain arrays exactly as given, so reading an item is one row; the junction
 * tables duplicate them only to filter and count.
 */
export interface ItemsTable {
  doc: Generated<number>;
  id: string;
  type: string;
  title: string;
  url: string | null;
  published: string | null;
  /** Epoch milliseconds of `published`, for sorting. */
  published_ts: number | null;
  /** YYYY-MM-DD as written in `published` (the publisher's own date), for from/to filters. */
  published_day: string | null;
  year: number | null;
  language: string;
  summary: string;
  text: string;
  html: string | null;
  source_organization: string | null;
  submitted_by: string | null;
  /** JSON OrganizationRef[]. */
  organizations: string;
  /** JSON string[] of ISO alpha-3 codes. */
  countries: string;
  /** JSON string[] of region ids. */
  regions: string;
  /** JSON ObjectiveTag[] with evidence. */
  objectives: string;
  /** JSON PrincipleTag[] with evidence. */
  principles: string;
  /** JSON string[]: why the item has its type. */
  type_evidence: string;
  /** JSON ProjectRef[], PersonRef[], EventRef[]. */
  projects: string;
  people: string;
  events: string;
  /** JSON Provenance. */
  provenance: string;
  content_hash: string;
  created_at: string;
  updated_at: string;
}

export interface ItemObjectivesTable {
  doc: number;
  objective: number;
  score: number;
}

export interface ItemCountriesTable {
  doc: number;
  country: string;
}

export interface ItemRegionsTable {
  doc: number;
  region: string;
}

export interface ItemOrganizationsTable {
  doc: number;
  org_id: string;
}

export interface OrganizationsTable {
  id: string;
  name: string;
  full_name: string | null;
}

export interface ItemPrinciplesTable {
  doc: number;
  principle: string;
}

export interface EntitiesTable {
  kind: string;
  id: string;
  name: string;
  /** JSON ProjectRef, PersonRef or EventRef, merged from every item that names it. */
  data: string;
}

export interface ItemEntitiesTable {
  doc: number;
  kind: string;
  entity_id: string;
}

export interface CorrectionsTable {
  id: Generated<number>;
  item_id: string;
  field: string;
  action: string;
  value: string;
  editor: string;
  note: string | null;
  created_at: string;
}

export interface Database {
  items: ItemsTable;
  item_objectives: ItemObjectivesTable;
  item_countries: ItemCountriesTable;
  item_regions: ItemRegionsTable;
  item_organizations: ItemOrganizationsTable;
  organizations: OrganizationsTable;
  item_principles: ItemPrinciplesTable;
  entities: EntitiesTable;
  item_entities: ItemEntitiesTable;
  corrections: CorrectionsTable;
}

/** An items row as read back. */
export type ItemRow = Omit<ItemsTable, 'doc'> & { doc: number };
