import { type Kysely, type Migration, sql } from 'kysely';

/** Items, facet junctions, organisations and the full-text index over analysed (folded, stemmed) text. */
export const initial: Migration = {
  async up(db: Kysely<unknown>) {
    const statements = [
      sql`CREATE TABLE items (
        doc INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE CHECK (length(id) > 0),
        type TEXT NOT NULL,
        title TEXT NOT NULL,
        url TEXT,
        published TEXT,
        published_ts INTEGER,
        published_day TEXT,
        year INTEGER,
        language TEXT NOT NULL,
        summary TEXT NOT NULL,
        text TEXT NOT NULL,
        html TEXT,
        source_organization TEXT,
        submitted_by TEXT,
        organizations TEXT NOT NULL,
        countries TEXT NOT NULL,
        regions TEXT NOT NULL,
        objectives TEXT NOT NULL,
        provenance TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`,
      // NULLs sort last under DESC in SQLite, which is the order the date sort wants.
      sql`CREATE INDEX items_published ON items (published_ts DESC, id)`,
      // Covers what search filters on and copies per matched item, so it need not read the wide rows with
      // their texts (search names it with INDEXED BY: the planner prefers the rowid otherwise).
      sql`CREATE INDEX items_facets ON items (doc, type, language, year, published_ts, published_day, id)`,
      sql`CREATE INDEX items_published_day ON items (published_day)`,
      sql`CREATE INDEX items_type ON items (type)`,
      sql`CREATE INDEX items_language ON items (language)`,
      sql`CREATE INDEX items_year ON items (year)`,
      sql`CREATE TABLE organizations (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        full_name TEXT
      )`,
      sql`CREATE TABLE item_objectives (
        doc INTEGER NOT NULL REFERENCES items (doc) ON DELETE CASCADE,
        objective INTEGER NOT NULL CHECK (objective BETWEEN 1 AND 23),
        score REAL NOT NULL,
        PRIMARY KEY (doc, objective)
      ) WITHOUT ROWID`,
      sql`CREATE INDEX item_objectives_value ON item_objectives (objective, doc)`,
      sql`CREATE TABLE item_countries (
        doc INTEGER NOT NULL REFERENCES items (doc) ON DELETE CASCADE,
        country TEXT NOT NULL,
        PRIMARY KEY (doc, country)
      ) WITHOUT ROWID`,
      sql`CREATE INDEX item_countries_value ON item_countries (country, doc)`,
      sql`CREATE TABLE item_regions (
        doc INTEGER NOT NULL REFERENCES items (doc) ON DELETE CASCADE,
        region TEXT NOT NULL,
        PRIMARY KEY (doc, region)
      ) WITHOUT ROWID`,
      sql`CREATE INDEX item_regions_value ON item_regions (region, doc)`,
      sql`CREATE TABLE item_organizations (
        doc INTEGER NOT NULL REFERENCES items (doc) ON DELETE CASCADE,
        org_id TEXT NOT NULL REFERENCES organizations (id),
        PRIMARY KEY (doc, org_id)
      ) WITHOUT ROWID`,
      sql`CREATE INDEX item_organizations_value ON item_organizations (org_id, doc)`,
      // Contentless: the index keeps only analysed terms; snippets are cut from the original text in items.
      // English-stemmed title/body for every item; title_native/body_native hold French or Spanish stems.
      sql`CREATE VIRTUAL TABLE items_fts USING fts5 (
        title, body, title_native, body_native,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2'
      )`,
    ];
    for (const statement of statements) await statement.execute(db);
  },
};
