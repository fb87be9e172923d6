import type BetterSqlite3 from 'better-sqlite3';
import type { EntityData, EntityKind, EntityRepository, StoredEntity } from '../entityTypes.js';

interface EntityRow {
  kind: string;
  id: string;
  name: string;
  data: string;
  item_count: number;
}

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;

// Counted from the junction, so an entity no item names any more shows 0 and drops out of lists.
const SELECT = `SELECT e.kind, e.id, e.name, e.data,
  (SELECT count(*) FROM item_entities j WHERE j.kind = e.kind AND j.entity_id = e.id) AS item_count
  FROM entities e`;

/** Projects, people and events on the SQLite connection (synchronous prepared statements, like the writers). */
export function createSqliteEntityRepository(db: BetterSqlite3.Database): EntityRepository {
  let statements: ReturnType<typeof prepare> | null = null;
  // Prepared lazily: the statements need the tables that migrate() creates.
  const s = () => {
    statements ??= prepare(db);
    return statements;
  };
  return {
    async get(kind, id) {
      const row = s().get.get(kind, id);
      return row ? rowToEntity(row) : null;
    },
    async list(kind, options = {}) {
      const limit = Math.min(MAX_LIMIT, Math.max(1, Math.trunc(options.limit ?? DEFAULT_LIMIT)));
      const offset = Math.max(0, Math.trunc(options.offset ?? 0));
      const total = s().count.get(kind)?.n ?? 0;
      return { total, entities: s().list.all(kind, limit, offset).map(rowToEntity) };
    },
  };
}

function prepare(db: BetterSqlite3.Database) {
  return {
    get: db.prepare<[string, string], EntityRow>(`${SELECT} WHERE e.kind = ? AND e.id = ?`),
    count: db.prepare<[string], { n: number }>(
      'SELECT count(DISTINCT entity_id) AS n FROM item_entities WHERE kind = ?',
    ),
    list: db.prepare<[string, number, number], EntityRow>(
      `SELECT * FROM (${SELECT} WHERE e.kind = ?) WHERE item_count > 0
       ORDER BY item_count DESC, name COLLATE NOCASE, id LIMIT ? OFFSET ?`,
    ),
  };
}

function rowToEntity(row: EntityRow): StoredEntity {
  const data = JSON.parse(row.data) as EntityData[EntityKind];
  return { kind: row.kind, id: row.id, name: row.name, data, itemCount: row.item_count } as StoredEntity;
}
