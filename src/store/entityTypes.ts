import type { Correction } from '../domain/correction.js';
import type { EventRef, PersonRef, ProjectRef } from '../domain/entities.js';

/** The kinds of named things the store keeps a record of, beyond countries and organisations. */
export const ENTITY_KINDS = ['project', 'person', 'event'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export function isEntityKind(value: string): value is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(value);
}

/** The domain record behind each kind. */
export interface EntityData {
  project: ProjectRef;
  person: PersonRef;
  event: EventRef;
}

/** A stored entity: its record merged from every item that names it, and how many items do. */
export type StoredEntity = {
  [K in EntityKind]: { kind: K; id: string; name: string; data: EntityData[K]; itemCount: number };
}[EntityKind];

export interface EntityListOptions {
  /** Default 50, at most 500. */
  limit?: number;
  offset?: number;
}

export interface EntityRepository {
  get(kind: EntityKind, id: string): Promise<StoredEntity | null>;
  /** Entities of a kind, the most-cited first (then by name). */
  list(kind: EntityKind, options?: EntityListOptions): Promise<{ total: number; entities: StoredEntity[] }>;
}

/** What an editor submits; the store gives it an id. */
export type NewCorrection = Omit<Correction, 'id'>;

export interface CorrectionRepository {
  /** Stores a correction and returns it with its id. It does not re-write the item: the pipeline does. */
  add(correction: NewCorrection): Promise<Correction>;
  /** Corrections of one item, oldest first (the order they are applied in). */
  list(itemId: string): Promise<Correction[]>;
  /** Every correction, oldest first. */
  all(): Promise<Correction[]>;
  /** Corrections of these items, oldest first per item; items without any are absent from the map. */
  forItems(itemIds: readonly string[]): Promise<Map<string, Correction[]>>;
}

/** Options of ItemRepository.upsertMany. */
export interface UpsertOptions {
  /** Re-write items even when their contentHash is unchanged (after a correction changed their tags). */
  force?: boolean;
}
