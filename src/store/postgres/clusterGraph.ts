import { type Kysely, sql } from 'kysely';
import type { ClusterSummary, DuplicateLink, ItemBrief, ItemCluster } from '../types.js';
import { lockWrites } from './writeLock.js';

/** An item as listed in a cluster or as related. */
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

async function clusterOf(db: Kysely<unknown>, itemId: string): Promise<string | undefined> {
  const { rows } = await sql<{ cluster_id: string }>`
    SELECT cluster_id FROM item_clusters WHERE item_id = ${itemId}`.execute(db);
  return rows[0]?.cluster_id;
}

async function members(db: Kysely<unknown>, clusterId: string): Promise<string[]> {
  const { rows } = await sql<{ item_id: string }>`
    SELECT item_id FROM item_clusters WHERE cluster_id = ${clusterId} ORDER BY item_id`.execute(db);
  return rows.map((row) => row.item_id);
}

async function setCluster(db: Kysely<unknown>, itemId: string, clusterId: string): Promise<void> {
  await sql`INSERT INTO item_clusters (item_id, cluster_id) VALUES (${itemId}, ${clusterId})
    ON CONFLICT (item_id) DO UPDATE SET cluster_id = excluded.cluster_id`.execute(db);
}

/** Every item reachable from `start` through duplicate links (UNION stops at cycles). */
async function component(db: Kysely<unknown>, start: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    WITH RECURSIVE reach(id) AS (
      SELECT ${start}::text COLLATE "C"
      UNION
      SELECT CASE WHEN e.item_a = r.id THEN e.item_b ELSE e.item_a END
      FROM reach r JOIN dedup_edges e ON e.item_a = r.id OR e.item_b = r.id)
    SELECT id FROM reach`.execute(db);
  return rows.map((row) => row.id);
}

/**
 * Replaces the links of these items and updates clusters, as SQLite's graph does (a cluster's id is its
 * smallest item id; clusters that lost links are recomputed from the links left), in one transaction.
 */
export async function replaceLinks(db: Kysely<unknown>, itemIds: string[], links: DuplicateLink[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await lockWrites(trx, 'clusters');
    const { rows } = await sql<{ cluster_id: string }>`
      SELECT DISTINCT cluster_id FROM item_clusters WHERE item_id = ANY(${itemIds}::text[])`.execute(trx);
    const touched = rows.map((row) => row.cluster_id);
    await sql`DELETE FROM dedup_edges WHERE item_a = ANY(${itemIds}::text[]) OR item_b = ANY(${itemIds}::text[])`.execute(
      trx,
    );
    const pairs = new Map<string, DuplicateLink>();
    for (const link of links) {
      if (link.a === link.b) continue;
      const [a, b] = link.a < link.b ? [link.a, link.b] : [link.b, link.a];
      pairs.set(`${a}\u0000${b}`, { ...link, a, b });
    }
    if (pairs.size > 0) {
      const edges = [...pairs.values()];
      await sql`INSERT INTO dedup_edges (item_a, item_b, kind, score)
        SELECT * FROM unnest(${edges.map((e) => e.a)}::text[], ${edges.map((e) => e.b)}::text[],
          ${edges.map((e) => e.kind)}::text[], ${edges.map((e) => e.score)}::float8[])
        ON CONFLICT (item_a, item_b) DO UPDATE SET kind = excluded.kind, score = excluded.score`.execute(trx);
    }
    const redo: string[] = [];
    for (const cluster of touched) {
      redo.push(...(await members(trx, cluster)));
      await sql`DELETE FROM item_clusters WHERE cluster_id = ${cluster}`.execute(trx);
    }
    const done = new Set<string>();
    for (const start of redo) {
      if (done.has(start)) continue;
      const ids = await component(trx, start);
      for (const id of ids) done.add(id);
      if (ids.length < 2) continue;
      const id = ids.sort()[0] as string;
      for (const member of ids) await setCluster(trx, member, id);
    }
    for (const link of links) if (link.a !== link.b) await union(trx, link.a, link.b);
  });
}

async function union(trx: Kysely<unknown>, a: string, b: string): Promise<void> {
  const ca = await clusterOf(trx, a);
  const cb = await clusterOf(trx, b);
  if (ca !== undefined && ca === cb) return;
  const keep = [ca ?? a, cb ?? b].sort()[0] as string;
  for (const [item, cluster] of [
    [a, ca],
    [b, cb],
  ] as const) {
    if (cluster === undefined) await setCluster(trx, item, keep);
    else if (cluster !== keep) {
      await sql`UPDATE item_clusters SET cluster_id = ${keep} WHERE cluster_id = ${cluster}`.execute(trx);
    }
  }
}

/** Ids of the items in the item's cluster, itself included. */
export async function clusterMembers(db: Kysely<unknown>, itemId: string): Promise<string[]> {
  const cluster = await clusterOf(db, itemId);
  return cluster === undefined ? [itemId] : members(db, cluster);
}

/** The item's cluster with brief items, oldest first, or null. */
export async function clusterWithItems(db: Kysely<unknown>, itemId: string): Promise<ItemCluster | null> {
  const cluster = await clusterOf(db, itemId);
  if (cluster === undefined) return null;
  const { rows } = await sql<BriefRow>`
    SELECT items.id, items.title, items.language, items.source_organization, items.published
    FROM item_clusters c JOIN items ON items.id = c.item_id WHERE c.cluster_id = ${cluster}
    ORDER BY items.published_at ASC NULLS LAST, items.id`.execute(db);
  return { id: cluster, items: rows.map(toBrief) };
}

export async function clusterSummary(db: Kysely<unknown>): Promise<ClusterSummary> {
  const { rows } = await sql<{ signed: number; clusters: number; items: number; largest: number | null }>`
    SELECT (SELECT count(*) FROM dedup_signatures)::integer AS signed, count(*)::integer AS clusters,
      coalesce(sum(n), 0)::integer AS items, max(n)::integer AS largest
    FROM (SELECT count(*) AS n FROM item_clusters GROUP BY cluster_id) sizes`.execute(db);
  const row = rows[0];
  return {
    signed: row?.signed ?? 0,
    clusters: row?.clusters ?? 0,
    itemsInClusters: row?.items ?? 0,
    largest: row?.largest ?? 0,
  };
}
