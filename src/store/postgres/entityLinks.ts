import { type Kysely, sql } from 'kysely';
import type { Item } from '../../domain/item.js';
import type { EntityData, EntityKind } from '../entityTypes.js';
import { entitiesOf, mergeEntity } from '../mergeEntity.js';
import { toJsonParameter } from './itemRows.js';

/**
 * Merges the entities every written version names into their records (in batch order, as SQLite does one
 * version at a time) and links the final version of each item to the entities it names. The caller holds
 * the write lock and has deleted the items' old links.
 */
export async function writeEntityLinks(trx: Kysely<unknown>, finals: Item[], written: Item[]): Promise<void> {
  const named = written.flatMap((item) => entitiesOf(item));
  if (named.length === 0) return;
  const keys = [...new Map(named.map(({ kind, ref }) => [`${kind}\u0000${ref.id}`, { kind, id: ref.id }])).values()];
  const { rows } = await sql<{ kind: EntityKind; id: string; data: EntityData[EntityKind] }>`
    SELECT e.kind, e.id, e.data FROM entities e
    JOIN unnest(${keys.map((k) => k.kind)}::text[], ${keys.map((k) => k.id)}::text[]) AS k(kind, id)
      ON e.kind = k.kind AND e.id = k.id`.execute(trx);
  const records = new Map<string, { kind: EntityKind; id: string; name: string; data: EntityData[EntityKind] }>();
  for (const row of rows) records.set(`${row.kind}\u0000${row.id}`, { ...row, name: '' });
  const fresh = new Set<string>();
  for (const { kind, ref } of named) {
    const key = `${kind}\u0000${ref.id}`;
    const stored = records.get(key);
    if (stored) {
      stored.data = mergeEntity<EntityKind>(stored.data, ref);
    } else {
      // The name is set when the record is created and never changed, as SQLite's upsert leaves it.
      records.set(key, { kind, id: ref.id, name: ref.name || ref.id, data: ref });
      fresh.add(key);
    }
  }
  const values = [...records].map(([key, r]) => ({ ...r, name: fresh.has(key) ? r.name : r.id }));
  await sql`INSERT INTO entities (kind, id, name, data)
    SELECT r.kind, r.id, r.name, r.data
    FROM jsonb_to_recordset(${toJsonParameter(values)}::jsonb) AS r(kind text, id text, name text, data jsonb)
    ON CONFLICT (kind, id) DO UPDATE SET data = excluded.data`.execute(trx);

  const links = finals.flatMap((item) => entitiesOf(item).map(({ kind, ref }) => [item.id, kind, ref.id]));
  if (links.length === 0) return;
  await sql`INSERT INTO item_entities (doc, kind, entity_id)
    SELECT i.doc, r.kind, r.entity_id
    FROM unnest(${links.map((l) => l[0])}::text[], ${links.map((l) => l[1])}::text[],
      ${links.map((l) => l[2])}::text[]) AS r(item_id, kind, entity_id)
    JOIN items i ON i.id = r.item_id
    ON CONFLICT DO NOTHING`.execute(trx);
}
