import { type Kysely, sql } from 'kysely';
import type { Item } from '../../domain/item.js';
import type { DedupSignature, DuplicateCandidates } from '../types.js';
import { rowToItem, toJsonParameter } from './itemRows.js';
import { ITEM_SELECT, type ItemRow } from './schema.js';
import { lockWrites } from './writeLock.js';

interface SignatureRow {
  item_id: string;
  content_hash: string;
  version: number;
  minhash: Buffer | null;
  bands: number[];
  links: string[];
  cues: string[];
  entities: string[];
  title_key: string;
  day: number | null;
  language: string;
  source: string | null;
}

// The same bounds as SQLite's (src/store/sqlite/clusterSignatures.ts), so both engines propose the same candidates.
const PER_KEY_LIMIT = 64;
const MAX_LINK_ITEMS = 12;
const MAX_CANDIDATES = 50;
const CUE_DAYS = 3;
const MIN_CUE_HITS = 2;
const STRONG_HIT = 1000;
// Candidates are compared without their bands (matching reads the MinHash), as SQLite loads them.
const CANDIDATE_COLUMNS = sql.raw(
  `item_id, content_hash, version, minhash, '[]'::jsonb AS bands, links, cues, entities, title_key, day, language,
  source`,
);

/** Stored signature versions by item id. */
export async function signedVersions(
  db: Kysely<unknown>,
  itemIds: string[],
): Promise<Map<string, { contentHash: string; version: number }>> {
  const out = new Map<string, { contentHash: string; version: number }>();
  if (itemIds.length === 0) return out;
  const { rows } = await sql<{ item_id: string; content_hash: string; version: number }>`
    SELECT item_id, content_hash, version FROM dedup_signatures WHERE item_id = ANY(${itemIds}::text[])`.execute(db);
  for (const row of rows) out.set(row.item_id, { contentHash: row.content_hash, version: row.version });
  return out;
}

/** Stores (or replaces) signatures and their band, link and cue entries, in one transaction. */
export async function saveSignatures(db: Kysely<unknown>, signatures: DedupSignature[]): Promise<void> {
  // The last signature of an item in the batch wins, as SQLite's one-by-one replacement leaves it.
  const byItem = [...new Map(signatures.map((sig) => [sig.itemId, sig])).values()];
  if (byItem.length === 0) return;
  const ids = byItem.map((sig) => sig.itemId);
  await db.transaction().execute(async (trx) => {
    await lockWrites(trx, 'clusters');
    await sql`DELETE FROM dedup_bands b USING (
        SELECT s.item_id, jsonb_array_elements(s.bands)::bigint AS band_key FROM dedup_signatures s
        WHERE s.item_id = ANY(${ids}::text[])) o
      WHERE b.band_key = o.band_key AND b.item_id = o.item_id`.execute(trx);
    await sql`DELETE FROM dedup_links l USING (
        SELECT s.item_id, jsonb_array_elements_text(s.links) AS link FROM dedup_signatures s
        WHERE s.item_id = ANY(${ids}::text[])) o
      WHERE l.link = o.link AND l.item_id = o.item_id`.execute(trx);
    await sql`DELETE FROM dedup_cues c USING (
        SELECT s.item_id, s.day, jsonb_array_elements_text(s.cues) AS cue FROM dedup_signatures s
        WHERE s.item_id = ANY(${ids}::text[]) AND s.day IS NOT NULL) o
      WHERE c.cue = o.cue AND c.day = o.day AND c.item_id = o.item_id`.execute(trx);
    await sql`DELETE FROM dedup_signatures WHERE item_id = ANY(${ids}::text[])`.execute(trx);
    await sql`INSERT INTO dedup_signatures (item_id, content_hash, version, minhash, bands, links, cues, entities,
        title_key, day, language, source)
      SELECT item_id, content_hash, version, decode(minhash, 'hex'), bands, links, cues, entities, title_key, day,
        language, source
      FROM jsonb_to_recordset(${toJsonParameter(byItem.map(toRecord))}::jsonb) AS r(item_id text, content_hash text,
        version integer, minhash text, bands jsonb, links jsonb, cues jsonb, entities jsonb, title_key text,
        day integer, language text, source text)`.execute(trx);
    const bands = byItem.flatMap((sig) => sig.bands.map((band) => [String(band), sig.itemId]));
    if (bands.length > 0) {
      await sql`INSERT INTO dedup_bands (band_key, item_id)
        SELECT * FROM unnest(${bands.map((b) => b[0])}::bigint[], ${bands.map((b) => b[1])}::text[])
        ON CONFLICT DO NOTHING`.execute(trx);
    }
    const links = byItem.flatMap((sig) => sig.links.map((link) => [link, sig.itemId]));
    if (links.length > 0) {
      await sql`INSERT INTO dedup_links (link, item_id)
        SELECT * FROM unnest(${links.map((l) => l[0])}::text[], ${links.map((l) => l[1])}::text[])
        ON CONFLICT DO NOTHING`.execute(trx);
    }
    const cues = byItem.flatMap((sig) => (sig.day === null ? [] : sig.cues.map((cue) => [cue, sig.day, sig.itemId])));
    if (cues.length > 0) {
      await sql`INSERT INTO dedup_cues (cue, day, item_id)
        SELECT * FROM unnest(${cues.map((c) => c[0])}::text[], ${cues.map((c) => c[1])}::integer[],
          ${cues.map((c) => c[2])}::text[])
        ON CONFLICT DO NOTHING`.execute(trx);
    }
  });
}

/** For each signature, the stored signatures most likely to be copies, by the number of keys they share. */
export async function findCandidates(
  db: Kysely<unknown>,
  signatures: DedupSignature[],
): Promise<DuplicateCandidates[]> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const idsPerSignature: string[][] = [];
      for (const signature of signatures) idsPerSignature.push(await candidateIds(trx, signature));
      const cache = new Map<string, DedupSignature>(signatures.map((sig) => [sig.itemId, sig]));
      const missing = [...new Set(idsPerSignature.flat())].filter((id) => !cache.has(id));
      if (missing.length > 0) {
        const { rows } = await sql<SignatureRow>`
          SELECT ${CANDIDATE_COLUMNS} FROM dedup_signatures WHERE item_id = ANY(${missing}::text[])`.execute(trx);
        for (const row of rows) cache.set(row.item_id, fromRow(row));
      }
      return signatures.map((signature, i) => ({
        signature,
        candidates: (idsPerSignature[i] ?? []).flatMap((id) => cache.get(id) ?? []),
      }));
    });
}

async function candidateIds(trx: Kysely<unknown>, sig: DedupSignature): Promise<string[]> {
  const hits = new Map<string, number>();
  const cueHits = new Map<string, number>();
  const add = (map: Map<string, number>, id: string, weight: number) => {
    if (id !== sig.itemId) map.set(id, (map.get(id) ?? 0) + weight);
  };
  if (sig.bands.length > 0) {
    const { rows } = await sql<{ item_id: string }>`
      SELECT item_id FROM dedup_bands WHERE band_key = ANY(${sig.bands.map(String)}::bigint[])
      LIMIT ${PER_KEY_LIMIT * sig.bands.length}`.execute(trx);
    for (const row of rows) add(hits, row.item_id, 1);
  }
  if (sig.links.length > 0) {
    // Per link, at most MAX_LINK_ITEMS + 1 rows: a link shared more widely is generic and counts for nothing.
    const { rows } = await sql<{ link: string; item_id: string; n: number }>`
      SELECT k.link, l.item_id, count(*) OVER (PARTITION BY k.link)::integer AS n
      FROM unnest(${sig.links}::text[]) AS k(link)
      CROSS JOIN LATERAL (SELECT item_id FROM dedup_links WHERE link = k.link LIMIT ${MAX_LINK_ITEMS + 1}) l`.execute(
      trx,
    );
    for (const row of rows) if (row.n <= MAX_LINK_ITEMS) add(hits, row.item_id, STRONG_HIT);
  }
  // Title keys are strong on their own; title cues count only when two or more are shared.
  const titleKeys = sig.cues.filter((cue) => cue.startsWith('t:'));
  const titleCues = sig.cues.filter((cue) => !cue.startsWith('t:'));
  if (sig.day !== null && titleKeys.length > 0) {
    for (const id of await cueItems(trx, titleKeys, sig.day)) add(hits, id, STRONG_HIT);
  }
  if (sig.day !== null && titleCues.length >= MIN_CUE_HITS) {
    for (const id of await cueItems(trx, titleCues, sig.day)) cueHits.set(id, (cueHits.get(id) ?? 0) + 1);
    for (const [id, count] of cueHits) if (count >= MIN_CUE_HITS) add(hits, id, count);
  }
  return [...hits.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_CANDIDATES)
    .map(([id]) => id);
}

async function cueItems(trx: Kysely<unknown>, cues: string[], day: number): Promise<string[]> {
  const { rows } = await sql<{ item_id: string }>`
    SELECT item_id FROM dedup_cues WHERE cue = ANY(${cues}::text[]) AND day BETWEEN ${day - CUE_DAYS} AND ${day + CUE_DAYS}
    LIMIT ${PER_KEY_LIMIT * cues.length}`.execute(trx);
  return rows.map((row) => row.item_id);
}

/** Stored items without a signature of this version for their current content, oldest first. */
export async function unsignedItems(db: Kysely<unknown>, version: number, limit: number): Promise<Item[]> {
  const columns = sql.raw(
    ITEM_SELECT.split(',')
      .map((c) => `items.${c.trim()}`)
      .join(', '),
  );
  const { rows } = await sql<ItemRow>`
    SELECT ${columns} FROM items LEFT JOIN dedup_signatures s ON s.item_id = items.id
    WHERE s.item_id IS NULL OR s.content_hash <> items.content_hash OR s.version <> ${version}
    ORDER BY items.doc LIMIT ${limit}`.execute(db);
  return rows.map(rowToItem);
}

function toRecord(sig: DedupSignature) {
  return {
    item_id: sig.itemId,
    content_hash: sig.contentHash,
    version: sig.version,
    minhash: sig.minhash
      ? Buffer.from(sig.minhash.buffer, sig.minhash.byteOffset, sig.minhash.byteLength).toString('hex')
      : null,
    bands: sig.bands,
    links: sig.links,
    cues: sig.cues,
    entities: sig.entities,
    title_key: sig.titleKey,
    day: sig.day,
    language: sig.language,
    source: sig.source,
  };
}

function fromRow(row: SignatureRow): DedupSignature {
  return {
    itemId: row.item_id,
    contentHash: row.content_hash,
    version: row.version,
    // Copied into a fresh, aligned buffer: a Buffer from pg may start at any byte offset.
    minhash: row.minhash ? new Uint32Array(new Uint8Array(row.minhash).buffer) : null,
    bands: row.bands,
    links: row.links,
    cues: row.cues,
    entities: row.entities,
    titleKey: row.title_key,
    day: row.day,
    language: row.language,
    source: row.source,
  };
}
