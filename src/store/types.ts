import type { Item, ItemType, OrganizationRef } from '../domain/item.js';
import type { Source } from '../domain/source.js';
import type { CorrectionRepository, EntityRepository, UpsertOptions } from './entityTypes.js';

export type * from './entityTypes.js';

/** Outcome of storing a batch: new ids, changed ids, unchanged ids. */
export interface UpsertResult {
  added: number;
  updated: number;
  skipped: number;
}

export interface ItemRepository {
  /** Stores items by id in one transaction: all are written or none. Unchanged items (same contentHash) are skipped. */
  upsertMany(items: Item[], options?: UpsertOptions): Promise<UpsertResult>;
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
  /** Projects, people and events named by items (written with the items). */
  entities: EntityRepository;
  /** Editors' corrections of items' tags. */
  corrections: CorrectionRepository;
  /** Duplicate clusters (the same story or publication from several sources or languages) and related items. */
  clusters: ClusterRepository;
  /** Applies pending migrations. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

/** What duplicate detection keeps per item (computed by enrich/dedup, stored as given). */
export interface DedupSignature {
  itemId: string;
  /** The item's contentHash when signed; another hash means the item changed and must be signed again. */
  contentHash: string;
  version: number;
  /** MinHash of the item's word shingles; null for texts too short to compare. */
  minhash: Uint32Array | null;
  /** LSH band keys of the MinHash: items sharing one are candidate near-duplicates. */
  bands: number[];
  /** Canonical URLs naming one document (the item's own, links to PDFs …). */
  links: string[];
  /** Title cues ("c:…") and title key ("t:…"), looked up within a few days of the item's day. */
  cues: string[];
  /** Countries and organisations ("c:NER", "o:iom"). */
  entities: string[];
  titleKey: string;
  /** Days since 1970-01-01 of the publication day, or null. */
  day: number | null;
  language: string;
  source: string | null;
}

/** A confirmed duplicate pair and why (near-duplicate, same-title, same-link, translation). */
export interface DuplicateLink {
  a: string;
  b: string;
  kind: string;
  score: number;
}

/** An item as listed beside another one: in its cluster, or as "see also". */
export interface ItemBrief {
  id: string;
  title: string;
  language: string;
  sourceOrganization: string | null;
  published: string | null;
}

/** A group of copies of one story or publication; its id is the smallest item id in it, so it is stable. */
export interface ItemCluster {
  id: string;
  /** Every item of the cluster, the one asked about included, oldest first. */
  items: ItemBrief[];
}

/** An item related by shared entities and similar words, with a 0–1 score. */
export interface RelatedItem extends ItemBrief {
  score: number;
}

export interface ClusterSummary {
  /** Items with a stored signature. */
  signed: number;
  clusters: number;
  itemsInClusters: number;
  /** Items in the largest cluster (0 when there is none). */
  largest: number;
}

/** Candidates for duplicate confirmation: each asked item's own signature and those of its candidates. */
export interface DuplicateCandidates {
  signature: DedupSignature;
  candidates: DedupSignature[];
}

export interface ClusterRepository {
  /** Stored signature versions by item id: { contentHash, version } of the ones that exist. */
  signedVersions(itemIds: string[]): Promise<Map<string, { contentHash: string; version: number }>>;
  /** Stores (or replaces) signatures with their band, link and cue index entries. */
  saveSignatures(signatures: DedupSignature[]): Promise<void>;
  /** For each signature: stored signatures sharing a band, a rare strong link, or a title cue within 3 days. */
  candidates(signatures: DedupSignature[]): Promise<DuplicateCandidates[]>;
  /** Replaces the duplicate links of these items by `links` and updates the clusters they touch. */
  replaceLinks(itemIds: string[], links: DuplicateLink[]): Promise<void>;
  /** Ids of the items in the item's cluster, itself included; just [itemId] when it has no copy. */
  of(itemId: string): Promise<string[]>;
  /** The item's cluster with brief items, or null when it has no copy. */
  cluster(itemId: string): Promise<ItemCluster | null>;
  /** "See also": items sharing entities and words with this one, its cluster excluded, best first. */
  related(itemId: string, limit: number): Promise<RelatedItem[]>;
  /** Stored items without a signature of this version for their current content, oldest first. */
  unsigned(version: number, limit: number): Promise<Item[]>;
  /** Forgets every signature, link and cluster (before a rebuild). */
  clear(): Promise<void>;
  summary(): Promise<ClusterSummary>;
}
