import { type Item, isItemType } from '../domain/item.js';

/** Why an item cannot be stored, or null when it can. Engines call this inside the batch transaction. */
export function invalidItemReason(item: Item): string | null {
  if (typeof item.id !== 'string' || item.id.trim() === '') return 'it has no id';
  if (typeof item.type !== 'string' || !isItemType(item.type)) return `its type "${String(item.type)}" is unknown`;
  if (typeof item.title !== 'string') return 'it has no title';
  if (typeof item.text !== 'string' || typeof item.summary !== 'string') return 'its text or summary is missing';
  if (typeof item.contentHash !== 'string' || item.contentHash === '') return 'it has no content hash';
  if (item.published !== null && Number.isNaN(Date.parse(item.published))) {
    return `its publication date "${item.published}" is not a valid date`;
  }
  for (const tag of item.objectives) {
    if (!Number.isInteger(tag.objective) || tag.objective < 1 || tag.objective > 23) {
      return `objective ${tag.objective} is not between 1 and 23`;
    }
    if (!Number.isFinite(tag.score)) return `objective ${tag.objective} has no valid score`;
  }
  for (const org of item.organizations) {
    if (!org.id || !org.name) return 'one of its organisations has no id or name';
  }
  return null;
}
