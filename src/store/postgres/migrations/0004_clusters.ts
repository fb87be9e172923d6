import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Duplicate detection: one signature per item, the index entries that find candidates (LSH bands, strong links,
 * title cues by day), the confirmed duplicate links, and cluster membership. Keyed by the public item id, not
 * the row key, so that a rebuild of the items table never mixes up clusters. Items alone have no cluster row.
 */
export const clusters: Migration = {
  async up(db: Kysely<unknown>) {
    const statements = [
      sql`CREATE TABLE dedup_signatures (
        item_id text COLLATE "C" PRIMARY KEY,
        content_hash text NOT NULL,
        version integer NOT NULL,
        minhash bytea,
        bands jsonb NOT NULL,
        links jsonb NOT NULL,
        cues jsonb NOT NULL,
        entities jsonb NOT NULL,
        title_key text NOT NULL,
        day integer,
        language text NOT NULL,
        source text
      )`,
      sql`CREATE TABLE dedup_bands (band_key bigint NOT NULL, item_id text COLLATE "C" NOT NULL,
        PRIMARY KEY (band_key, item_id))`,
      sql`CREATE TABLE dedup_links (link text COLLATE "C" NOT NULL, item_id text COLLATE "C" NOT NULL,
        PRIMARY KEY (link, item_id))`,
      sql`CREATE TABLE dedup_cues (
        cue text COLLATE "C" NOT NULL,
        day integer NOT NULL,
        item_id text COLLATE "C" NOT NULL,
        PRIMARY KEY (cue, day, item_id)
      )`,
      // Stored once per pair with item_a < item_b; the second index walks the graph from either end.
      sql`CREATE TABLE dedup_edges (
        item_a text COLLATE "C" NOT NULL,
        item_b text COLLATE "C" NOT NULL,
        kind text NOT NULL,
        score double precision NOT NULL,
        PRIMARY KEY (item_a, item_b)
      )`,
      sql`CREATE INDEX dedup_edges_b ON dedup_edges (item_b, item_a)`,
      sql`CREATE TABLE item_clusters (item_id text COLLATE "C" PRIMARY KEY, cluster_id text COLLATE "C" NOT NULL)`,
      sql`CREATE INDEX item_clusters_cluster ON item_clusters (cluster_id)`,
    ];
    for (const statement of statements) await statement.execute(db);
  },
};
