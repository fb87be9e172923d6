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
        item_id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL,
        version INTEGER NOT NULL,
        minhash BLOB,
        bands TEXT NOT NULL,
        links TEXT NOT NULL,
        cues TEXT NOT NULL,
        entities TEXT NOT NULL,
        title_key TEXT NOT NULL,
        day INTEGER,
        language TEXT NOT NULL,
        source TEXT
      )`,
      sql`CREATE TABLE dedup_bands (band_key INTEGER NOT NULL, item_id TEXT NOT NULL, PRIMARY KEY (band_key, item_id))
        WITHOUT ROWID`,
      sql`CREATE TABLE dedup_links (link TEXT NOT NULL, item_id TEXT NOT NULL, PRIMARY KEY (link, item_id)) WITHOUT ROWID`,
      sql`CREATE TABLE dedup_cues (
        cue TEXT NOT NULL,
        day INTEGER NOT NULL,
        item_id TEXT NOT NULL,
        language TEXT NOT NULL,
        PRIMARY KEY (cue, day, item_id)
      ) WITHOUT ROWID`,
      // Stored once per pair with item_a < item_b; the second index walks the graph from either end.
      sql`CREATE TABLE dedup_edges (
        item_a TEXT NOT NULL,
        item_b TEXT NOT NULL,
        kind TEXT NOT NULL,
        score REAL NOT NULL,
        PRIMARY KEY (item_a, item_b)
      ) WITHOUT ROWID`,
      sql`CREATE INDEX dedup_edges_b ON dedup_edges (item_b, item_a)`,
      sql`CREATE TABLE item_clusters (item_id TEXT PRIMARY KEY, cluster_id TEXT NOT NULL) WITHOUT ROWID`,
      sql`CREATE INDEX item_clusters_cluster ON item_clusters (cluster_id)`,
    ];
    for (const statement of statements) await statement.execute(db);
  },
};
