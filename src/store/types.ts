import type { Item, OrganizationRef } from '../domain/item.js';

/** Outcome of storing a batch: new ids, changed ids, unchanged ids. */
export interface UpsertResult {
  added: number;
  updated: number;
  skipped: number;
}

export interface ItemRepository {
  /** Stores items by id in one transaction: all are written or none. Unchanged items (same contentHash) are skipped. */
  upsertMany(items: Item[]): Promise<UpsertResult>;
  get(id: string): Promise<Item | null>;
  count(): Promise<number>;
  /** Number of items tagged with each objective, 1–23 (objectives with none are 0). */
  countByObjective(): Promise<Map<number, number>>;
  /** An organisation seen on stored items, by its id (slug). */
  getOrganization(id: string): Promise<OrganizationRef | null>;
}

/** The storage a hub runs on; SQLite by default, PostgreSQL later, same contract. */
export interface Store {
  items: ItemRepository;
  /** Applies pending migrations. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}
