import type { Generated } from 'kysely';

/**
 * Row types of the PostgreSQL database, the same tables as SQLite's (see ../sqlite/schema.ts). Differences:
 * JSON columns are jsonb (read back parsed), `published_at` is a timestamptz for sorting, and `search_vector`
 * holds the analysed text the full-text search matches.
 */
export interface ItemsTable {
  doc: Generated<number>;
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
  organizations: unknown;
  countries: unknown;
  regions: unknown;
  objectives: unknown;
  principles: unknown;
  type_evidence: unknown;
  projects: unknown;
  people: unknown;
  events: unknown;
  provenance: unknown;
  content_hash: string;
  search_vector: string;
  created_at: string;
  updated_at: string;
}

export interface OrganizationsTable {
  id: string;
  name: string;
  full_name: string | null;
}

export interface ItemObjectivesTable {
  doc: number;
  objective: number;
  score: number;
}

export interface Database {
  items: ItemsTable;
  organizations: OrganizationsTable;
  item_objectives: ItemObjectivesTable;
}

/** Columns of an items row as the item readers select them (everything but the search vector and timestamps). */
export const ITEM_SELECT = `doc, id, type, title, url, published, language, summary, text, html, source_organization,
  submitted_by, organizations, countries, regions, objectives, principles, type_evidence, projects, people, events,
  provenance, content_hash`;

/** An items row as read back with ITEM_SELECT. */
export type ItemRow = Pick<
  ItemsTable,
  | 'id'
  | 'type'
  | 'title'
  | 'url'
  | 'published'
  | 'language'
  | 'summary'
  | 'text'
  | 'html'
  | 'source_organization'
  | 'submitted_by'
  | 'organizations'
  | 'countries'
  | 'regions'
  | 'objectives'
  | 'principles'
  | 'type_evidence'
  | 'projects'
  | 'people'
  | 'events'
  | 'provenance'
  | 'content_hash'
> & { doc: number };
