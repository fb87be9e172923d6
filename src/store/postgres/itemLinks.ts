import { type Kysely, sql } from 'kysely';
import type { Item, OrganizationRef } from '../../domain/item.js';
import { toJsonParameter } from './itemRows.js';

/** Junction tables rebuilt from an item whenever it is written; rows cascade away with the item. */
export const JUNCTION_TABLES = [
  'item_objectives',
  'item_countries',
  'item_regions',
  'item_organizations',
  'item_principles',
  'item_entities',
] as const;

/** Deletes the junction rows of these item rows, before their links are written again. */
export async function deleteLinks(trx: Kysely<unknown>, docs: number[]): Promise<void> {
  if (docs.length === 0) return;
  for (const table of JUNCTION_TABLES) {
    await sql`DELETE FROM ${sql.table(table)} WHERE doc = ANY(${docs}::integer[])`.execute(trx);
  }
}

/**
 * Writes the facet junctions of the final version of each item, one statement per table (rows joined to their
 * item by id), and upserts the organisations every written version named, the latest names winning.
 */
export async function writeLinks(trx: Kysely<unknown>, finals: Item[], written: Item[]): Promise<void> {
  const objectives: { item_id: string; objective: number; score: number }[] = [];
  const pairs = { countries: [] as string[][], regions: [] as string[][], orgs: [] as string[][] };
  const principles: string[][] = [];
  for (const item of finals) {
    const seen = new Set<number>();
    for (const tag of item.objectives) {
      if (seen.has(tag.objective)) continue;
      seen.add(tag.objective);
      objectives.push({ item_id: item.id, objective: tag.objective, score: tag.score });
    }
    for (const country of item.countries) pairs.countries.push([item.id, country]);
    for (const region of item.regions) pairs.regions.push([item.id, region]);
    for (const org of item.organizations) pairs.orgs.push([item.id, org.id]);
    for (const tag of item.principles) principles.push([item.id, tag.id]);
  }
  await upsertOrganizations(trx, written);
  if (objectives.length > 0) {
    await sql`INSERT INTO item_objectives (doc, objective, score)
      SELECT i.doc, r.objective, r.score
      FROM jsonb_to_recordset(${toJsonParameter(objectives)}::jsonb) AS r(item_id text, objective integer, score float8)
      JOIN items i ON i.id = r.item_id
      ON CONFLICT DO NOTHING`.execute(trx);
  }
  await insertPairs(trx, 'item_countries', 'country', pairs.countries);
  await insertPairs(trx, 'item_regions', 'region', pairs.regions);
  await insertPairs(trx, 'item_organizations', 'org_id', pairs.orgs);
  await insertPairs(trx, 'item_principles', 'principle', principles);
}

async function insertPairs(trx: Kysely<unknown>, table: string, column: string, pairs: string[][]): Promise<void> {
  if (pairs.length === 0) return;
  const ids = pairs.map((p) => p[0] as string);
  const values = pairs.map((p) => (p[1] as string).replaceAll('\u0000', ''));
  await sql`INSERT INTO ${sql.table(table)} (doc, ${sql.ref(column)})
    SELECT i.doc, r.value FROM unnest(${ids}::text[], ${values}::text[]) AS r(item_id, value)
    JOIN items i ON i.id = r.item_id
    ON CONFLICT DO NOTHING`.execute(trx);
}

/**
 * One row per organisation id, as SQLite's statement-per-version upserts leave it: the name of the last
 * version that named it, and its last full name given (a version without one keeps the earlier one).
 */
async function upsertOrganizations(trx: Kysely<unknown>, written: Item[]): Promise<void> {
  const byId = new Map<string, { id: string; name: string; full_name: string | null }>();
  for (const item of written) {
    for (const org of item.organizations) upsertOne(byId, org);
  }
  if (byId.size === 0) return;
  await sql`INSERT INTO organizations (id, name, full_name)
    SELECT r.id, r.name, r.full_name
    FROM jsonb_to_recordset(${toJsonParameter([...byId.values()])}::jsonb) AS r(id text, name text, full_name text)
    ON CONFLICT (id) DO UPDATE
      SET name = excluded.name, full_name = coalesce(excluded.full_name, organizations.full_name)`.execute(trx);
}

function upsertOne(
  byId: Map<string, { id: string; name: string; full_name: string | null }>,
  org: OrganizationRef,
): void {
  const previous = byId.get(org.id);
  byId.set(org.id, { id: org.id, name: org.name, full_name: org.fullName ?? previous?.full_name ?? null });
}
