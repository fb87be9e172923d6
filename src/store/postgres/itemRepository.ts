import { type Kysely, sql } from 'kysely';
import type { Item, ItemType, OrganizationRef } from '../../domain/item.js';
import type { ItemRevision } from '../types.js';
import { rowToItem } from './itemRows.js';
import { ITEM_SELECT, type ItemRow } from './schema.js';

/** The stored item with this id, or null. */
export async function findItem(db: Kysely<unknown>, id: string): Promise<Item | null> {
  const { rows } = await sql<ItemRow>`SELECT ${sql.raw(ITEM_SELECT)} FROM items WHERE id = ${id}`.execute(db);
  return rows[0] ? rowToItem(rows[0]) : null;
}

export async function countItems(db: Kysely<unknown>): Promise<number> {
  // count(*) is a bigint, which pg returns as a string.
  const { rows } = await sql<{ n: string }>`SELECT count(*) AS n FROM items`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/** Items per objective 1–23, zero for objectives no item carries. */
export async function countItemsByObjective(db: Kysely<unknown>): Promise<Map<number, number>> {
  const { rows } = await sql<{ objective: number; n: string }>`
    SELECT objective, count(*) AS n FROM item_objectives GROUP BY objective`.execute(db);
  const counts = new Map<number, number>();
  for (let objective = 1; objective <= 23; objective++) counts.set(objective, 0);
  for (const row of rows) counts.set(row.objective, Number(row.n));
  return counts;
}

export async function findOrganization(db: Kysely<unknown>, id: string): Promise<OrganizationRef | null> {
  const { rows } = await sql<{ id: string; name: string; full_name: string | null }>`
    SELECT id, name, full_name FROM organizations WHERE id = ${id}`.execute(db);
  const row = rows[0];
  if (!row) return null;
  return row.full_name ? { id: row.id, name: row.name, fullName: row.full_name } : { id: row.id, name: row.name };
}

/** Earlier versions of an item, newest first (the rows the item writer keeps on update). */
export async function findRevisions(db: Kysely<unknown>, itemId: string): Promise<ItemRevision[]> {
  const { rows } = await sql<Omit<ItemRevision, 'type'> & { type: string }>`
    SELECT item_id AS "itemId", seen_at AS "seenAt", replaced_at AS "replacedAt", content_hash AS "contentHash",
      type, title, url, published, summary, text, html
    FROM item_revisions WHERE item_id = ${itemId} ORDER BY id DESC`.execute(db);
  return rows.map((row) => ({ ...row, type: row.type as ItemType }));
}
