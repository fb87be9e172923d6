import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Items, facet junctions, organisations and the full-text vector over analysed (folded, stemmed) text.
 * Text keys use the "C" collation: ids sort by code point as in SQLite, and comparisons skip locale rules.
 */
export const initial: Migration = {
  async up(db: Kysely<unknown>) {
    const statements = [
      sql`CREATE TABLE items (
        doc integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id text COLLATE "C" NOT NULL UNIQUE CHECK (length(id) > 0),
        type text NOT NULL,
        title text NOT NULL,
        url text,
        published text,
        published_at timestamptz,
        published_day text COLLATE "C",
        year integer,
        language text NOT NULL,
        summary text NOT NULL,
        text text NOT NULL,
        html text,
        source_organization text,
        submitted_by text,
        organizations jsonb NOT NULL,
        countries jsonb NOT NULL,
        regions jsonb NOT NULL,
        objectives jsonb NOT NULL,
        provenance jsonb NOT NULL,
        content_hash text NOT NULL,
        search_vector tsvector NOT NULL,
        created_at text NOT NULL,
        updated_at text NOT NULL
      )`,
      // The date sort wants undated items last, as SQLite orders them.
      sql`CREATE INDEX items_published ON items (published_at DESC NULLS LAST, id)`,
      sql`CREATE INDEX items_published_day ON items (published_day)`,
      sql`CREATE INDEX items_type ON items (type)`,
      sql`CREATE INDEX items_language ON items (language)`,
      sql`CREATE INDEX items_year ON items (year)`,
      sql`CREATE INDEX items_search ON items USING gin (search_vector)`,
      sql`CREATE TABLE organizations (
        id text COLLATE "C" PRIMARY KEY,
        name text NOT NULL,
        full_name text
      )`,
      sql`CREATE TABLE item_objectives (
        doc integer NOT NULL REFERENCES items (doc) ON DELETE CASCADE,
        objective integer NOT NULL CHECK (objective BETWEEN 1 AND 23),
        score double precision NOT NULL,
        PRIMARY KEY (doc, objective)
      )`,
      sql`CREATE INDEX item_objectives_value ON item_objectives (objective, doc)`,
      sql`CREATE TABLE item_countries (
        doc integer NOT NULL REFERENCES items (doc) ON DELETE CASCADE,
        country text COLLATE "C" NOT NULL,
        PRIMARY KEY (doc, country)
      )`,
      sql`CREATE INDEX item_countries_value ON item_countries (country, doc)`,
      sql`CREATE TABLE item_regions (
        doc integer NOT NULL REFERENCES items (doc) ON DELETE CASCADE,
        region text COLLATE "C" NOT NULL,
        PRIMARY KEY (doc, region)
      )`,
      sql`CREATE INDEX item_regions_value ON item_regions (region, doc)`,
      sql`CREATE TABLE item_organizations (
        doc integer NOT NULL REFERENCES items (doc) ON DELETE CASCADE,
        org_id text COLLATE "C" NOT NULL REFERENCES organizations (id),
        PRIMARY KEY (doc, org_id)
      )`,
      sql`CREATE INDEX item_organizations_value ON item_organizations (org_id, doc)`,
    ];
    for (const statement of statements) await statement.execute(db);
  },
};
