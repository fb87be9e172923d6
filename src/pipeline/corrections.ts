import { z } from 'zod';
import { CORRECTABLE_FIELDS, type Correction } from '../domain/correction.js';
import { isCountryCode } from '../domain/countries.js';
import { HubError, notFound } from '../domain/errors.js';
import { GCM_PRINCIPLES } from '../domain/gcm.js';
import { ITEM_TYPES, type Item, isItemType } from '../domain/item.js';
import { REGIONS } from '../domain/regions.js';
import type { Store, UpsertOptions, UpsertResult } from '../store/types.js';
import { applyCorrections } from './applyCorrections.js';
import { clusterItems } from './clusterItems.js';

/**
 * Stores enriched items with their editors' corrections applied: the one door through which import, polling,
 * archives and re-tagging write items, so a corrected tag survives every re-ingestion.
 */
export async function storeItems(store: Store, items: Item[], options?: UpsertOptions): Promise<UpsertResult> {
  const byItem = items.length > 0 ? await store.corrections.forItems(items.map((item) => item.id)) : new Map();
  const corrected = byItem.size === 0 ? items : items.map((item) => applyCorrections(item, byItem.get(item.id) ?? []));
  const result = await store.items.upsertMany(corrected, options);
  // Duplicate clusters follow every write: new and changed items are signed and grouped with their copies.
  await clusterItems(store, corrected);
  return result;
}

/** A correction as an editor asks for it; `editor` comes from the token on the web, from a flag on the CLI. */
export const correctionRequestSchema = z.object({
  field: z.enum(CORRECTABLE_FIELDS),
  action: z.enum(['add', 'remove', 'set']),
  value: z.string().trim().min(1).max(120),
  note: z.string().trim().max(1000).optional(),
});
export type CorrectionRequest = z.infer<typeof correctionRequestSchema>;

/** Checks a request body; throws a `bad_request` HubError with the first problem in words. */
export function parseCorrectionRequest(body: unknown): CorrectionRequest {
  const parsed = correctionRequestSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'body';
    throw new HubError(
      'bad_request',
      `The correction is not valid: "${where}" ${issue?.message ?? 'is wrong'}. Send field, action and value.`,
    );
  }
  return parsed.data;
}

const PRINCIPLE_IDS: readonly string[] = GCM_PRINCIPLES.map((p) => p.id);
const REGION_IDS: readonly string[] = REGIONS.map((r) => r.id);

/** The value in its stored form (upper-case country, lower-case ids), or a `bad_request` HubError saying why not. */
export function normalizeCorrection(request: CorrectionRequest): CorrectionRequest {
  const { field, action } = request;
  let value = request.value.trim();
  const fail = (why: string) => new HubError('bad_request', `The correction of "${field}" ${why}.`);
  if (field === 'type') {
    if (action !== 'set') throw fail('must use the action "set"');
    value = value.toLowerCase();
    if (!isItemType(value)) throw fail(`needs a type among: ${ITEM_TYPES.join(', ')}`);
    return { ...request, value };
  }
  if (action === 'set') throw fail('must use the action "add" or "remove"');
  if (field === 'objectives') {
    if (!/^\d{1,2}$/.test(value) || Number(value) < 1 || Number(value) > 23) {
      throw fail('needs an objective number from 1 to 23');
    }
    value = String(Number(value));
  } else if (field === 'principles') {
    value = value.toLowerCase();
    if (!PRINCIPLE_IDS.includes(value)) throw fail(`needs a principle among: ${PRINCIPLE_IDS.join(', ')}`);
  } else if (field === 'countries') {
    value = value.toUpperCase();
    if (!isCountryCode(value)) throw fail('needs a three-letter ISO country code such as KEN or FRA');
  } else if (field === 'regions') {
    value = value.toLowerCase();
    if (!REGION_IDS.includes(value)) throw fail(`needs a region among: ${REGION_IDS.join(', ')}`);
  } else if (field === 'organizations') {
    value = value.toLowerCase();
    if (!/^[a-z0-9][a-z0-9-]*$/.test(value)) throw fail('needs an organisation identifier such as icmpd');
  }
  return { ...request, value };
}

/**
 * Records an editor's correction and re-writes the item at once with it applied; throws `not_found` for an
 * unknown item and `bad_request` for a value that does not fit the field.
 */
export async function addCorrection(
  store: Store,
  input: { itemId: string; editor: string; request: CorrectionRequest; now?: Date },
): Promise<{ correction: Correction; item: Item }> {
  const editor = input.editor.trim();
  if (!editor || editor.length > 80) {
    throw new HubError('bad_request', 'The editor name must be given, in at most 80 characters.');
  }
  const item = await store.items.get(input.itemId);
  if (!item) throw notFound(`The item "${input.itemId}"`);
  const request = normalizeCorrection(input.request);
  const correction = await store.corrections.add({
    itemId: item.id,
    field: request.field,
    action: request.action,
    value: request.value,
    editor,
    ...(request.note ? { note: request.note } : {}),
    createdAt: isoWithOffset(input.now ?? new Date()),
  });
  // The stored item already carries the earlier corrections; the new one goes on top, as it will after re-import.
  const corrected = applyCorrections(item, [correction]);
  await store.items.upsertMany([corrected], { force: true });
  return { correction, item: corrected };
}

function isoWithOffset(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, '+00:00');
}
