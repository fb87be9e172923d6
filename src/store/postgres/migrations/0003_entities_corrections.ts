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
        sql.raw(`ALTER TABLE items ADD COLUMN ${column} jsonb NOT NULL DEFAULT '[]'`),
      ),
      sql`CREATE TABLE item_principles (
        doc integer NOT NULL REFERENCES items (doc) ON DELETE CASCADE,
        principle text COLLATE "C" NOT NULL,
        PRIMARY KEY (doc, principle)
      )`,
      sql`CREATE INDEX item_principles_value ON item_principles (principle, doc)`,
      // One record per named thing, merged from every item that names it; `data` is the domain ref.
      sql`CREATE TABLE entities (
        kind text NOT NULL CHECK (kind IN ('project', 'person', 'event')),
        id text COLLATE "C" NOT NULL CHECK (length(id) > 0),
        name text NOT NULL,
        data jsonb NOT NULL,
        PRIMARY KEY (kind, id)
      )`,
      sql`CREATE TABLE item_entities (
        doc integer NOT NULL REFERENCES items (doc) ON DELETE CASCADE,
        kind text NOT NULL,
        entity_id text COLLATE "C" NOT NULL,
        PRIMARY KEY (doc, kind, entity_id)
      )`,
      sql`CREATE INDEX item_entities_value ON item_entities (kind, entity_id, doc)`,
      // By item id, not doc: a correction may outlive a re-import that recreates the row, and is the source of truth.
      sql`CREATE TABLE corrections (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        item_id text COLLATE "C" NOT NULL,
        field text NOT NULL,
        action text NOT NULL CHECK (action IN ('add', 'remove', 'set')),
        value text NOT NULL,
        editor text NOT NULL,
        note text,
        created_at text NOT NULL
      )`,
      sql`CREATE INDEX corrections_item ON corrections (item_id, id)`,
    ];
    for (const statement of statements) await statement.execute(db);
  },
};
