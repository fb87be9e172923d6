import type { Kysely, Transaction } from 'kysely';
import type { Item, OrganizationRef } from '../../domain/item.js';
import { rowToItem } from './itemRows.js';
import type { Database } from './schema.js';

type Executor = Kysely<Database> | Transaction<Database>;

/** The stored item with this id, or null. */
export async function findItem(db: Executor, id: string): Promise<Item | null> {
  const row = await db.selectFrom('items').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? rowToItem(row) : null;
}

export async function countItems(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('items')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Items per objective 1–23, zero for objectives no item carries. */
export async function countItemsByObjective(db: Executor): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('item_objectives')
    .select((eb) => ['objective', eb.fn.countAll<number>().as('n')])
    .groupBy('objective')
    .execute();
  const counts = new Map<number, number>();
  for (let objective = 1; objective <= 23; objective++) counts.set(objective, 0);
  for (const row of rows) counts.set(row.objective, Number(row.n));
  return counts;
}

export async function findOrganization(db: Executor, id: string): Promise<OrganizationRef | null> {
  const row = await db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  return row.full_name ? { id: row.id, name: row.name, fullName: row.full_name } : { id: row.id, name: row.name };
}
