/** Signatures computed ahead of time (in a parse worker), remembered for the very item object they were made from. */
import { type ItemSignature, itemSignature, type SignedFields } from './signature.js';

// Keyed by object identity: a corrected item is a new object (its countries and organisations may differ), so it
// is signed afresh rather than given the signature of the item it was made from.
const precomputed = new WeakMap<object, ItemSignature>();

/** Remembers a signature computed elsewhere for this item object. */
export function rememberSignature(item: object, signature: ItemSignature): void {
  precomputed.set(item, signature);
}

/** The remembered signature of this item object when it still fits it, or a freshly computed one. */
export function signatureOf(item: SignedFields): ItemSignature {
  const known = precomputed.get(item);
  if (known && known.itemId === item.id && known.contentHash === item.contentHash) return known;
  return itemSignature(item);
}
