import type BetterSqlite3 from 'better-sqlite3';
import type { Item } from '../../domain/item.js';
import type { EntityData, EntityKind } from '../entityTypes.js';
import { entitiesOf, mergeEntity } from '../mergeEntity.js';

/**
 * Writes an item's principle and entity links, and merges the entities it names into their records, with
 * prepared statements run inside the item writer's transaction. The caller has deleted the item's old links.
 */
export function createEntityLinkWriter(db: BetterSqlite3.Database): (doc: number, item: Item) => void {
  const insertPrinciple = db.prepare('INSERT OR IGNORE INTO item_principles (doc, principle) VALUES (?, ?)');
  const insertLink = db.prepare('INSERT OR IGNORE INTO item_entities (doc, kind, entity_id) VALUES (?, ?, ?)');
  const getEntity = db.prepare<[string, string], { data: string }>(
    'SELECT data FROM entities WHERE kind = ? AND id = ?',
  );
  const upsertEntity = db.prepare(
    `INSERT INTO entities (kind, id, name, data) VALUES (?, ?, ?, ?)
     ON CONFLICT (kind, id) DO UPDATE SET data = excluded.data`,
  );

  return (doc, item) => {
    for (const tag of item.principles) insertPrinciple.run(doc, tag.id);
    for (const { kind, ref } of entitiesOf(item)) {
      const stored = getEntity.get(kind, ref.id);
      const data = stored ? mergeEntity<EntityKind>(JSON.parse(stored.data) as EntityData[EntityKind], ref) : ref;
      const json = JSON.stringify(data);
      // Re-imports mostly say nothing new about an entity: then the record is left as it is.
      if (json !== stored?.data) upsertEntity.run(kind, ref.id, data.name || ref.id, json);
      insertLink.run(doc, kind, ref.id);
    }
  };
}
