import type BetterSqlite3 from 'better-sqlite3';
import type { ClusterSummary, DuplicateLink, ItemBrief, ItemCluster } from '../types.js';

type Db = BetterSqlite3.Database;

/**
 * Duplicate links and the clusters they make (connected components, union-find style). A cluster's id is its
 * smallest item id: merging keeps the smaller id and relabels the other cluster, so ids never depend on the order
 * in which items arrived. Removing links (an item changed) recomputes the clusters it touched from the links left.
 */
export function createClusterGraph(db: Db) {
  const clusterOf = db.prepare<[string], { cluster_id: string }>(
    'SELECT cluster_id FROM item_clusters WHERE item_id = ?',
  );
  const members = db.prepare<[string], { item_id: string }>(
    'SELECT item_id FROM item_clusters WHERE cluster_id = ? ORDER BY item_id',
  );
  const setCluster = db.prepare(
    'INSERT INTO item_clusters (item_id, cluster_id) VALUES (?, ?) ON CONFLICT (item_id) DO UPDATE SET cluster_id = excluded.cluster_id',
  );
  const relabel = db.prepare('UPDATE item_clusters SET cluster_id = ? WHERE cluster_id = ?');
  const dropCluster = db.prepare('DELETE FROM item_clusters WHERE cluster_id = ?');
  const deleteEdgesA = db.prepare('DELETE FROM dedup_edges WHERE item_a = ?');
  const deleteEdgesB = db.prepare('DELETE FROM dedup_edges WHERE item_b = ?');
  const insertEdge = db.prepare('INSERT OR REPLACE INTO dedup_edges (item_a, item_b, kind, score) VALUES (?, ?, ?, ?)');
  const neighbours = db.prepare<[string, string], { id: string }>(
    'SELECT item_b AS id FROM dedup_edges WHERE item_a = ? UNION SELECT item_a FROM dedup_edges WHERE item_b = ?',
  );
  const briefs = db.prepare<[string], BriefRow>(
    `SELECT items.id, items.title, items.language, items.source_organization, items.published
     FROM item_clusters c JOIN items ON items.id = c.item_id WHERE c.cluster_id = ?
     ORDER BY items.published_ts IS NULL, items.published_ts, items.id`,
  );
  const totals = db.prepare<[], { clusters: number; items: number; largest: number | null }>(
    `SELECT count(*) AS clusters, coalesce(sum(n), 0) AS items, max(n) AS largest
     FROM (SELECT count(*) AS n FROM item_clusters GROUP BY cluster_id)`,
  );
  const signed = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM dedup_signatures');

  /** Every item reachable from `start` through duplicate links. */
  function component(start: string): string[] {
    const seen = new Set([start]);
    const queue = [start];
    while (queue.length > 0) {
      const id = queue.pop() as string;
      for (const row of neighbours.all(id, id)) {
        if (!seen.has(row.id)) {
          seen.add(row.id);
          queue.push(row.id);
        }
      }
    }
    return [...seen];
  }

  function union(a: string, b: string): void {
    const ca = clusterOf.get(a)?.cluster_id;
    const cb = clusterOf.get(b)?.cluster_id;
    if (ca !== undefined && ca === cb) return;
    const keep = [ca ?? a, cb ?? b].sort()[0] as string;
    for (const [item, cluster] of [
      [a, ca],
      [b, cb],
    ] as const) {
      if (cluster === undefined) setCluster.run(item, keep);
      else if (cluster !== keep) relabel.run(keep, cluster);
    }
  }

  const replaceLinks = db.transaction((itemIds: string[], links: DuplicateLink[]) => {
    const touched = new Set<string>();
    for (const id of itemIds) {
      const cluster = clusterOf.get(id)?.cluster_id;
      if (cluster !== undefined) touched.add(cluster);
      deleteEdgesA.run(id);
      deleteEdgesB.run(id);
    }
    for (const link of links) {
      if (link.a === link.b) continue;
      const [a, b] = link.a < link.b ? [link.a, link.b] : [link.b, link.a];
      insertEdge.run(a, b, link.kind, link.score);
    }
    // Clusters that lost links may have split: recompute them from the links that remain (new ones included).
    const redo: string[] = [];
    for (const cluster of touched) {
      for (const row of members.all(cluster)) redo.push(row.item_id);
      dropCluster.run(cluster);
    }
    const done = new Set<string>();
    for (const start of redo) {
      if (done.has(start)) continue;
      const ids = component(start);
      for (const id of ids) done.add(id);
      if (ids.length < 2) continue;
      const id = ids.sort()[0] as string;
      for (const member of ids) setCluster.run(member, id);
    }
    for (const link of links) if (link.a !== link.b) union(link.a, link.b);
  });

  return {
    replaceLinks: (itemIds: string[], links: DuplicateLink[]) => replaceLinks.immediate(itemIds, links),
    of(itemId: string): string[] {
      const cluster = clusterOf.get(itemId)?.cluster_id;
      return cluster === undefined ? [itemId] : members.all(cluster).map((row) => row.item_id);
    },
    cluster(itemId: string): ItemCluster | null {
      const cluster = clusterOf.get(itemId)?.cluster_id;
      if (cluster === undefined) return null;
      return { id: cluster, items: briefs.all(cluster).map(toBrief) };
    },
    summary(): ClusterSummary {
      const row = totals.get() ?? { clusters: 0, items: 0, largest: 0 };
      return {
        signed: signed.get()?.n ?? 0,
        clusters: row.clusters,
        itemsInClusters: row.items,
        largest: row.largest ?? 0,
      };
    },
  };
}

export interface BriefRow {
  id: string;
  title: string;
  language: string;
  source_organization: string | null;
  published: string | null;
}

export function toBrief(row: BriefRow): ItemBrief {
  return {
    id: row.id,
    title: row.title,
    language: row.language,
    sourceOrganization: row.source_organization,
    published: row.published,
  };
}
