import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Principles, type evidence, projects, people and events on items; the entities named by items with the
 * junction that finds an entity's items; and editors' corrections, kept apart from the items they correct.
 */
export const entitiesAndCorrections: Migration = {
  async up(db: Kysely<unknown>) {
    const statements = [
      // Items stored before this migration get empty lists; re-importing them (ENRICH_VERSION changed) fills them.
      ...['principles', 'type_evidence', 'projects', 'people', 'events'].map((column) =>
        sql.raw(`ALTER TABLE items ADD COLUMN ${column} TEXT NOT NULL DEFAULT '[]'`),
      ),
      sql`CREATE TABLE item_principles (
        doc INTEGER NOT NULL REFERENCES items (doc) ON DELETE CASCADE,
        principle TEXT NOT NULL,
        PRIMARY KEY (doc, principle)
      ) WITHOUT ROWID`,
      sql`CREATE INDEX item_principles_value ON item_principles (principle, doc)`,
      // One record per named thing, merged from every item that names it; `data` is the domain ref as JSON.
      sql`CREATE TABLE entities (
        kind TEXT NOT NULL CHECK (kind IN ('project', 'person', 'event')),
        id TEXT NOT NULL CHECK (length(id) > 0),
        name TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (kind, id)
      ) WITHOUT ROWID`,
      sql`CREATE TABLE item_entities (
        doc INTEGER NOT NULL REFERENCES items (doc) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        PRIMARY KEY (doc, kind, entity_id)
      ) WITHOUT ROWID`,
      sql`CREATE INDEX item_entities_value ON item_entities (kind, entity_id, doc)`,
      // By item id, not doc: a correction may outlive a re-import that recreates the row, and is the source of truth.
      sql`CREATE TABLE corrections (
        id INTEGER PRIMARY KEY,
        item_id TEXT NOT NULL,
        field TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('add', 'remove', 'set')),
        value TEXT NOT NULL,
        editor TEXT NOT NULL,
        note TEXT,
        created_at TEXT NOT NULL
      )`,
      sql`CREATE INDEX corrections_item ON corrections (item_id, id)`,
    ];
    for (const statement of statements) await statement.execute(db);
  },
};
