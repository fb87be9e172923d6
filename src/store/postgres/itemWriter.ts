import { type Kysely, sql } from 'kysely';
import { HubError } from '../../domain/errors.js';
import type { Item } from '../../domain/item.js';
import type { UpsertOptions, UpsertResult } from '../types.js';
import { invalidItemReason } from '../validateItem.js';
import { writeEntityLinks } from './entityLinks.js';
import { deleteLinks, writeLinks } from './itemLinks.js';
import { ITEM_COLUMN_NAMES, ITEM_RECORD_TYPES, itemToColumns, toJsonParameter } from './itemRows.js';
import { type RevisionSource, revisionsOf, writeRevisions } from './revisionWriter.js';
import { lockWrites } from './writeLock.js';

// Rows per INSERT/UPDATE statement: keeps each jsonb parameter to a few megabytes.
const CHUNK = 500;

interface Plan {
  result: UpsertResult;
  /** The last version of each written item, in first-written order. */
  finals: Map<string, Item>;
  /** Every written version, in batch order (entities and organisations merge over all of them). */
  written: Item[];
  /** Consecutive versions of one item: a revision is kept when what the publisher wrote changed. */
  transitions: { from: Item | 'stored'; to: Item }[];
}

/**
 * Writes a batch of items in one transaction with a few set-based statements (jsonb_to_recordset, unnest),
 * not one round trip per row. The result is what SQLite's item-by-item writer gives for the same batch:
 * same counts, same stored rows, same revisions, and nothing written when one item is invalid.
 */
export function createItemWriter(
  db: Kysely<unknown>,
): (items: Item[], options?: UpsertOptions) => Promise<UpsertResult> {
  return async (items, options) => {
    for (const item of items) {
      const reason = invalidItemReason(item);
      if (reason) {
        throw new HubError('invalid_item', `The item "${String(item.id)}" cannot be stored because ${reason}.`, 422);
      }
    }
    if (items.length === 0) return { added: 0, updated: 0, skipped: 0 };
    return db.transaction().execute(async (trx) => {
      await lockWrites(trx, 'items');
      const ids = [...new Set(items.map((item) => item.id))];
      const { rows } = await sql<{ id: string; doc: number; content_hash: string }>`
        SELECT id, doc, content_hash FROM items WHERE id = ANY(${ids}::text[])`.execute(trx);
      const stored = new Map(rows.map((row) => [row.id, row]));
      const plan = planBatch(items, new Map(rows.map((row) => [row.id, row.content_hash])), options?.force === true);
      const now = new Date().toISOString();

      const fromStored = plan.transitions.filter((t) => t.from === 'stored').map((t) => t.to.id);
      const storedVersions = await readStoredVersions(trx, fromStored);
      const revisions = plan.transitions.flatMap(({ from, to }) => {
        const source: RevisionSource | undefined =
          from === 'stored' ? storedVersions.get(to.id) : { ...from, seenAt: now };
        return source ? revisionsOf(source, to, now) : [];
      });

      const finals = [...plan.finals.values()];
      const updatedDocs = finals.flatMap((item) => {
        const row = stored.get(item.id);
        return row ? [row.doc] : [];
      });
      await deleteLinks(trx, updatedDocs);
      await writeRevisions(trx, revisions);
      const inserts = finals.filter((item) => !stored.has(item.id));
      const updates = finals.filter((item) => stored.has(item.id));
      for (let i = 0; i < inserts.length; i += CHUNK) await insertItems(trx, inserts.slice(i, i + CHUNK), now);
      for (let i = 0; i < updates.length; i += CHUNK) await updateItems(trx, updates.slice(i, i + CHUNK), now);
      await writeLinks(trx, finals, plan.written);
      await writeEntityLinks(trx, finals, plan.written);
      return plan.result;
    });
  };
}

/** Walks the batch in order as SQLite does row by row: skip unchanged, add new, update changed. */
function planBatch(items: Item[], storedHashes: Map<string, string>, force: boolean): Plan {
  const result: UpsertResult = { added: 0, updated: 0, skipped: 0 };
  const latest = new Map<string, Item | 'stored'>();
  const hashes = new Map(storedHashes);
  for (const id of storedHashes.keys()) latest.set(id, 'stored');
  const plan: Plan = { result, finals: new Map(), written: [], transitions: [] };
  for (const item of items) {
    const previous = latest.get(item.id);
    if (previous !== undefined && hashes.get(item.id) === item.contentHash && !force) {
      result.skipped++;
      continue;
    }
    if (previous === undefined) result.added++;
    else {
      result.updated++;
      plan.transitions.push({ from: previous, to: item });
    }
    latest.set(item.id, item);
    hashes.set(item.id, item.contentHash);
    plan.finals.set(item.id, item);
    plan.written.push(item);
  }
  return plan;
}

async function readStoredVersions(trx: Kysely<unknown>, ids: string[]): Promise<Map<string, RevisionSource>> {
  if (ids.length === 0) return new Map();
  const { rows } = await sql<RevisionSource & { id: string }>`
    SELECT id, type, title, url, published, summary, text, html, content_hash AS "contentHash", updated_at AS "seenAt"
    FROM items WHERE id = ANY(${ids}::text[])`.execute(trx);
  return new Map(rows.map((row) => [row.id, row]));
}

const RECORD = sql.raw(`r(${ITEM_COLUMN_NAMES.map((c) => `${c} ${ITEM_RECORD_TYPES[c]}`).join(', ')})`);

async function insertItems(trx: Kysely<unknown>, items: Item[], now: string): Promise<void> {
  if (items.length === 0) return;
  const columns = sql.raw(ITEM_COLUMN_NAMES.join(', '));
  const values = sql.raw(ITEM_COLUMN_NAMES.map((c) => `r.${c}`).join(', '));
  // WITH ORDINALITY keeps the batch order, so row keys grow in the order the items came, as in SQLite.
  await sql`INSERT INTO items (${columns}, created_at, updated_at)
    SELECT ${values}, ${now}, ${now}
    FROM jsonb_array_elements(${toJsonParameter(items.map(itemToColumns))}::jsonb) WITH ORDINALITY AS e(value, n),
      jsonb_to_record(e.value) AS ${RECORD}
    ORDER BY e.n`.execute(trx);
}

async function updateItems(trx: Kysely<unknown>, items: Item[], now: string): Promise<void> {
  if (items.length === 0) return;
  const assignments = sql.raw(ITEM_COLUMN_NAMES.map((c) => `${c} = r.${c}`).join(', '));
  await sql`UPDATE items SET ${assignments}, updated_at = ${now}
    FROM jsonb_to_recordset(${toJsonParameter(items.map(itemToColumns))}::jsonb) AS ${RECORD}
    WHERE items.id = r.id`.execute(trx);
}
