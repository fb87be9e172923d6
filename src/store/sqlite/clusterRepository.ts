import type BetterSqlite3 from 'better-sqlite3';
import type { ClusterRepository } from '../types.js';
import { createClusterGraph } from './clusterGraph.js';
import { createRelatedReader } from './clusterRelated.js';
import { createSignatureStatements } from './clusterSignatures.js';

/**
 * Duplicate clusters on SQLite. Statements are prepared on first use (they need the tables migrate() creates)
 * and run synchronously, each write in one transaction, like the item writer.
 */
export function createSqliteClusterRepository(db: BetterSqlite3.Database): ClusterRepository {
  let parts:
    | {
        signatures: ReturnType<typeof createSignatureStatements>;
        graph: ReturnType<typeof createClusterGraph>;
        related: ReturnType<typeof createRelatedReader>;
      }
    | undefined;
  const use = () => {
    parts ??= {
      signatures: createSignatureStatements(db),
      graph: createClusterGraph(db),
      related: createRelatedReader(db),
    };
    return parts;
  };
  return {
    signedVersions: async (itemIds) => use().signatures.signedVersions(itemIds),
    saveSignatures: async (signatures) => use().signatures.save(signatures),
    candidates: async (signatures) => use().signatures.candidates(signatures),
    replaceLinks: async (itemIds, links) => use().graph.replaceLinks(itemIds, links),
    of: async (itemId) => use().graph.of(itemId),
    cluster: async (itemId) => use().graph.cluster(itemId),
    related: async (itemId, limit) => use().related(itemId, limit),
    unsigned: async (version, limit) => use().signatures.unsigned(version, limit),
    async clear() {
      db.transaction(() => {
        for (const table of [
          'dedup_signatures',
          'dedup_bands',
          'dedup_links',
          'dedup_cues',
          'dedup_edges',
          'item_clusters',
        ]) {
          db.prepare(`DELETE FROM ${table}`).run();
        }
      }).immediate();
    },
    summary: async () => use().graph.summary(),
  };
}
