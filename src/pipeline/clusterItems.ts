import { type DuplicateMatch, matchSignatures } from '../enrich/dedup/match.js';
import { SIGNATURE_VERSION, type SignedFields } from '../enrich/dedup/signature.js';
import { signatureOf } from '../enrich/dedup/signatureCache.js';
import type { ClusterSummary, DuplicateLink, Store } from '../store/types.js';

/** What one clustering pass did: items (re)signed, and duplicate links found for them. */
export interface ClusterOutcome {
  signed: number;
  links: number;
}

/**
 * Groups freshly stored items with their copies: signs the items that are new or changed (unchanged ones cost one
 * look-up), finds candidates through the stored bands, links and title cues, confirms each pair with the pure
 * rules of enrich/dedup, and lets the store update the clusters. Call it after `store.items.upsertMany`.
 */
export async function clusterItems(store: Store, items: readonly SignedFields[]): Promise<ClusterOutcome> {
  if (items.length === 0) return { signed: 0, links: 0 };
  const latest = new Map(items.map((item) => [item.id, item]));
  const stored = await store.clusters.signedVersions([...latest.keys()]);
  const changed = [...latest.values()].filter((item) => {
    const known = stored.get(item.id);
    return !known || known.contentHash !== item.contentHash || known.version !== SIGNATURE_VERSION;
  });
  if (changed.length === 0) return { signed: 0, links: 0 };
  // Signatures made by a parse worker are used as they are; any other item is signed here.
  const signatures = changed.map(signatureOf);
  await store.clusters.saveSignatures(signatures);
  const ids = changed.map((item) => item.id);
  const links: DuplicateLink[] = [];
  for (const { signature, candidates } of await store.clusters.candidates(signatures)) {
    for (const candidate of candidates) {
      const match: DuplicateMatch | null = matchSignatures(signature, candidate);
      if (match) links.push({ a: signature.itemId, b: candidate.itemId, ...match });
    }
  }
  await store.clusters.replaceLinks(ids, links);
  return { signed: changed.length, links: links.length };
}

export interface RebuildOptions {
  /** Forget every signature and cluster first, instead of only signing what is new or changed. */
  rebuild?: boolean;
  /** Items per pass (default 1000). */
  batchSize?: number;
  onProgress?: (signed: number) => void;
}

/** The store's clusters after a pass, and how many items the pass signed. */
export interface ClusterStoreSummary extends ClusterSummary {
  processed: number;
}

/** Clusters the whole store: every item without an up-to-date signature (all of them with `rebuild`). */
export async function clusterStore(store: Store, options: RebuildOptions = {}): Promise<ClusterStoreSummary> {
  if (options.rebuild) await store.clusters.clear();
  const batchSize = options.batchSize ?? 1000;
  let signed = 0;
  for (;;) {
    const items = await store.clusters.unsigned(SIGNATURE_VERSION, batchSize);
    if (items.length === 0) break;
    const outcome = await clusterItems(store, items);
    // Nothing signed means nothing will change on the next pass either; stop rather than loop.
    if (outcome.signed === 0) break;
    signed += outcome.signed;
    options.onProgress?.(signed);
  }
  return { processed: signed, ...(await store.clusters.summary()) };
}
