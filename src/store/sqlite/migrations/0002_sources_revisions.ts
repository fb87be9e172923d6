import { type Kysely, type Migration, sql } from 'kysely';

/** Sources with their polling state, the items each source yielded, and earlier versions of changed items. */
export const sourcesAndRevisions: Migration = {
  async up(db: Kysely<unknown>) {
    const statements = [
      sql`CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE CHECK (length(url) > 0),
        name TEXT NOT NULL,
        type TEXT,
        interval_minutes INTEGER NOT NULL CHECK (interval_minutes > 0),
        adaptive INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        last_fetched_at TEXT,
        last_success_at TEXT,
        next_fetch_at TEXT NOT NULL,
        next_fetch_ts INTEGER NOT NULL,
        etag TEXT,
        last_modified TEXT,
        content_hash TEXT,
        error_count INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        last_error_code TEXT,
        error_since TEXT,
        item_count INTEGER NOT NULL DEFAULT 0
      )`,
      // Dates are ISO strings with offsets, which do not sort as text; the epoch copy orders the due list.
      sql`CREATE INDEX sources_due ON sources (next_fetch_ts)`,
      // Items are never deleted with their source: the link only counts what a source yielded.
      sql`CREATE TABLE source_items (
        source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        PRIMARY KEY (source_id, item_id)
      ) WITHOUT ROWID`,
      sql`CREATE TABLE item_revisions (
        id INTEGER PRIMARY KEY,
        item_id TEXT NOT NULL,
        seen_at TEXT NOT NULL,
        replaced_at TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        type TEXT NOT NULL,
        title TEXT NOT NULL,
        url TEXT,
        published TEXT,
        summary TEXT NOT NULL,
        text TEXT NOT NULL,
        html TEXT
      )`,
      sql`CREATE INDEX item_revisions_item ON item_revisions (item_id, id)`,
    ];
    for (const statement of statements) await statement.execute(db);
  },
};
