import type { EntityData, EntityKind } from './entityTypes.js';

/**
 * One record from what several items say of the same entity: lists are united, a detail the stored record lacks
 * is taken from the newcomer, and a detail both give keeps the stored value (the first source stays the
 * reference, so re-importing in another order does not flip it). Engines call it when an item names an entity.
 */
export function mergeEntity<K extends EntityKind>(stored: EntityData[K], incoming: EntityData[K]): EntityData[K] {
  const merged: Record<string, unknown> = { ...stored };
  for (const [key, value] of Object.entries(incoming)) {
    const current = merged[key];
    if (Array.isArray(value)) {
      merged[key] = Array.isArray(current) ? [...new Set([...current, ...value])] : [...value];
    } else if (current === undefined || current === null || current === '') {
      merged[key] = value;
    }
  }
  return merged as unknown as EntityData[K];
}

/** The entities an item names, by kind, with duplicates (same id) dropped. */
export function entitiesOf(item: {
  projects: EntityData['project'][];
  people: EntityData['person'][];
  events: EntityData['event'][];
}): { kind: EntityKind; ref: EntityData[EntityKind] }[] {
  const out: { kind: EntityKind; ref: EntityData[EntityKind] }[] = [];
  const seen = new Set<string>();
  const add = (kind: EntityKind, ref: EntityData[EntityKind]) => {
    const key = `${kind}\u0000${ref.id}`;
    if (!ref.id || seen.has(key)) return;
    seen.add(key);
    out.push({ kind, ref });
  };
  for (const ref of item.projects) add('project', ref);
  for (const ref of item.people) add('person', ref);
  for (const ref of item.events) add('event', ref);
  return out;
}
