import { type Kysely, type Migration, sql } from 'kysely';

/** Sources with their polling state, the items each source yielded, and earlier versions of changed items. */
export const sourcesAndRevisions: Migration = {
  async up(db: Kysely<unknown>) {
    const statements = [
      sql`CREATE TABLE sources (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        url text COLLATE "C" NOT NULL UNIQUE CHECK (length(url) > 0),
        name text NOT NULL,
        type text,
        interval_minutes integer NOT NULL CHECK (interval_minutes > 0),
        adaptive boolean NOT NULL DEFAULT true,
        created_at text NOT NULL,
        last_fetched_at text,
        last_success_at text,
        next_fetch_at text NOT NULL,
        next_fetch_ts timestamptz NOT NULL,
        etag text,
        last_modified text,
        content_hash text,
        error_count integer NOT NULL DEFAULT 0,
        last_error text,
        last_error_code text,
        error_since text,
        item_count integer NOT NULL DEFAULT 0,
        -- PostgreSQL only: while set and in the future, another hub instance is fetching the source.
        claimed_until timestamptz
      )`,
      // Dates are ISO strings with offsets, which do not sort as text; the timestamptz copy orders the due list.
      sql`CREATE INDEX sources_due ON sources (next_fetch_ts)`,
      // Items are never deleted with their source: the link only counts what a source yielded.
      sql`CREATE TABLE source_items (
        source_id integer NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
        item_id text COLLATE "C" NOT NULL,
        PRIMARY KEY (source_id, item_id)
      )`,
      sql`CREATE TABLE item_revisions (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        item_id text COLLATE "C" NOT NULL,
        seen_at text NOT NULL,
        replaced_at text NOT NULL,
        content_hash text NOT NULL,
        type text NOT NULL,
        title text NOT NULL,
        url text,
        published text,
        summary text NOT NULL,
        text text NOT NULL,
        html text
      )`,
      sql`CREATE INDEX item_revisions_item ON item_revisions (item_id, id)`,
    ];
    for (const statement of statements) await statement.execute(db);
  },
};
