import type { Item, ItemType, OrganizationRef } from '../domain/item.js';
import type { Source } from '../domain/source.js';

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
  /** Earlier versions of an item, newest first; a revision is kept each time what the publisher wrote changed. */
  revisions(id: string): Promise<ItemRevision[]>;
}

/** A previous version of an item, as it was stored before an update replaced it. */
export interface ItemRevision {
  itemId: string;
  /** When this version was stored (first seen, or last updated). */
  seenAt: string;
  /** When a newer version replaced it. */
  replacedAt: string;
  contentHash: string;
  type: ItemType;
  title: string;
  url: string | null;
  published: string | null;
  summary: string;
  text: string;
  html: string | null;
}

/** What an operator gives to add a source. */
export interface NewSource {
  url: string;
  name: string;
  type?: ItemType;
  intervalMinutes: number;
  adaptive: boolean;
  /** When to fetch it first; now when omitted. */
  nextFetchAt?: string;
}

/** The state to store after a fetch that worked (a new body, an identical body or a 304); stored as given. */
export interface SourceSuccess {
  fetchedAt: string;
  nextFetchAt: string;
  intervalMinutes: number;
  etag?: string;
  lastModified?: string;
  contentHash?: string;
  /** New address after a permanent redirect; ignored when another source already has it. */
  url?: string;
  /** Ids of the items this fetch yielded, linked to the source for its item count. */
  itemIds: string[];
}

/** The state to store after a fetch or parse that failed; the previous validators and items stay. */
export interface SourceFailure {
  fetchedAt: string;
  nextFetchAt: string;
  code: string;
  message: string;
}

export interface SourceRepository {
  /** Adds a source; throws HubError `source_exists` when a source already has this URL. */
  add(source: NewSource): Promise<Source>;
  /** Every source, by id. */
  list(): Promise<Source[]>;
  get(id: number): Promise<Source | null>;
  getByUrl(url: string): Promise<Source | null>;
  /** Removes a source (its items stay); false when there was none. */
  remove(id: number): Promise<boolean>;
  /** Sources whose next fetch is due at `now`, the longest waiting first. */
  due(now: Date): Promise<Source[]>;
  /** Records a successful fetch: errors cleared, validators and schedule stored, items linked. */
  recordSuccess(id: number, success: SourceSuccess): Promise<Source>;
  /** Records a failed fetch: error count up, message stored, errorSince kept from the first error. */
  recordFailure(id: number, failure: SourceFailure): Promise<Source>;
}

/** The storage a hub runs on; SQLite by default, PostgreSQL later, same contract. */
export interface Store {
  items: ItemRepository;
  sources: SourceRepository;
  /** Applies pending migrations. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}
