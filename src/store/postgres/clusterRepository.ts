import { type Kysely, sql } from 'kysely';
import type { ClusterRepository } from '../types.js';
import { clusterMembers, clusterSummary, clusterWithItems, replaceLinks } from './clusterGraph.js';
import { relatedItems } from './clusterRelated.js';
import { findCandidates, saveSignatures, signedVersions, unsignedItems } from './clusterSignatures.js';
import { lockWrites } from './writeLock.js';

/** Duplicate clusters on PostgreSQL: the same tables and rules as SQLite's, each write in one transaction. */
export function createPostgresClusterRepository(db: Kysely<unknown>): ClusterRepository {
  return {
    signedVersions: (itemIds) => signedVersions(db, itemIds),
    saveSignatures: (signatures) => saveSignatures(db, signatures),
    candidates: (signatures) => findCandidates(db, signatures),
    replaceLinks: (itemIds, links) => replaceLinks(db, itemIds, links),
    of: (itemId) => clusterMembers(db, itemId),
    cluster: (itemId) => clusterWithItems(db, itemId),
    related: (itemId, limit) => relatedItems(db, itemId, limit),
    unsigned: (version, limit) => unsignedItems(db, version, limit),
    async clear() {
      await db.transaction().execute(async (trx) => {
        await lockWrites(trx, 'clusters');
        for (const table of [
          'dedup_signatures',
          'dedup_bands',
          'dedup_links',
          'dedup_cues',
          'dedup_edges',
          'item_clusters',
        ]) {
          await sql`DELETE FROM ${sql.table(table)}`.execute(trx);
        }
      });
    },
    summary: () => clusterSummary(db),
  };
}
