import { type Kysely, sql } from 'kysely';
import type { EntityData, EntityKind, EntityRepository, StoredEntity } from '../entityTypes.js';

interface EntityRow {
  kind: string;
  id: string;
  name: string;
  data: EntityData[EntityKind];
  item_count: number;
}

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;

// Counted from the junction, so an entity no item names any more shows 0 and drops out of lists.
const SELECT = sql`SELECT e.kind, e.id, e.name, e.data,
  (SELECT count(*) FROM item_entities j WHERE j.kind = e.kind AND j.entity_id = e.id)::integer AS item_count
  FROM entities e`;

/** Projects, people and events named by items. */
export function createPostgresEntityRepository(db: Kysely<unknown>): EntityRepository {
  return {
    async get(kind, id) {
      const { rows } = await sql<EntityRow>`${SELECT} WHERE e.kind = ${kind} AND e.id = ${id}`.execute(db);
      return rows[0] ? rowToEntity(rows[0]) : null;
    },
    async list(kind, options = {}) {
      const limit = Math.min(MAX_LIMIT, Math.max(1, Math.trunc(options.limit ?? DEFAULT_LIMIT)));
      const offset = Math.max(0, Math.trunc(options.offset ?? 0));
      const count = await sql<{ n: number }>`
        SELECT count(DISTINCT entity_id)::integer AS n FROM item_entities WHERE kind = ${kind}`.execute(db);
      // lower() stands for SQLite's COLLATE NOCASE (which folds ASCII letters only, as lower() does under "C").
      const { rows } = await sql<EntityRow>`
        SELECT * FROM (${SELECT} WHERE e.kind = ${kind}) s WHERE item_count > 0
        ORDER BY item_count DESC, lower(name) COLLATE "C", id LIMIT ${limit} OFFSET ${offset}`.execute(db);
      return { total: count.rows[0]?.n ?? 0, entities: rows.map(rowToEntity) };
    },
  };
}

function rowToEntity(row: EntityRow): StoredEntity {
  return { kind: row.kind, id: row.id, name: row.name, data: row.data, itemCount: row.item_count } as StoredEntity;
}
