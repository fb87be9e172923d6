/**
 * MinHash signatures over word shingles, and LSH bands to find candidate pairs without comparing every pair.
 *
 * One-permutation MinHash (Li, Owen and Zhang 2012) with densification by rotation (Shrivastava and Li 2014):
 * each shingle is hashed once, its top bits pick one of 64 bins, and each bin keeps its smallest value; empty bins
 * borrow from the next filled bin. That costs one hash per shingle instead of 64, with the accuracy of 64
 * permutations on texts of a few dozen words or more (measured in test/dedup/minhash.test.ts: within ±0.15 of the
 * exact Jaccard similarity on every edited pair; bench/dedupBench.ts for speed).
 * 16 bands of 4 rows make a pair a candidate with probability 1 − (1 − J⁴)¹⁶: 0.64 at J = 0.5, 0.89 at 0.6, 0.99
 * at 0.7, and 0.00002 at J = 0.1, so unrelated texts almost never meet while the near-duplicates we confirm
 * (J ≥ 0.6) almost always do.
 */
import { combine, hashString, mix32 } from './hash.js';

export const MINHASH_SIZE = 64;
export const LSH_BANDS = 16;
export const LSH_ROWS = 4;
/** Words per shingle: 3 keeps word order without making one changed word cost too many shingles. */
export const SHINGLE_SIZE = 3;

const BIN_BITS = 6; // 2⁶ = MINHASH_SIZE bins
const VALUE_MASK = (1 << (32 - BIN_BITS)) - 1;
const EMPTY = 0xffffffff;
// Added per bin of distance when an empty bin borrows a value, so that borrowed values differ from the original.
const ROTATION = VALUE_MASK + 1;

/** Hashes of the overlapping `size`-word shingles of a token list (one shingle when there are fewer words). */
export function shingleHashes(tokens: readonly string[], size = SHINGLE_SIZE): Uint32Array {
  if (tokens.length === 0) return new Uint32Array(0);
  const words = new Uint32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) words[i] = hashString(tokens[i] as string);
  const count = Math.max(1, words.length - size + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x9747b28c;
    // Multiplying each position by a different odd constant keeps "a b c" and "c b a" apart; one mix at the end.
    for (let j = 0; j < size && i + j < words.length; j++)
      h ^= Math.imul((words[i + j] as number) + j, MULTIPLIERS[j] ?? 1);
    out[i] = mix32(h);
  }
  return out;
}

const MULTIPLIERS = [0x9e3779b1, 0x85ebca6b, 0xc2b2ae35, 0x27d4eb2f, 0x165667b1];

/** The MinHash signature of a set of shingle hashes (one-permutation hashing, densified). */
export function minhash(shingles: Uint32Array): Uint32Array {
  const signature = new Uint32Array(MINHASH_SIZE).fill(EMPTY);
  for (let s = 0; s < shingles.length; s++) {
    const h = shingles[s] as number;
    const bin = h >>> (32 - BIN_BITS);
    const value = h & VALUE_MASK;
    if (value < (signature[bin] as number)) signature[bin] = value;
  }
  densify(signature);
  return signature;
}

/** Fills each empty bin from the next filled one to its right (circularly), shifted by the distance. */
function densify(signature: Uint32Array): void {
  const filled: number[] = [];
  for (let i = 0; i < MINHASH_SIZE; i++) if (signature[i] !== EMPTY) filled.push(i);
  if (filled.length === 0 || filled.length === MINHASH_SIZE) return;
  for (let i = 0; i < MINHASH_SIZE; i++) {
    if (signature[i] !== EMPTY) continue;
    for (let distance = 1; distance < MINHASH_SIZE; distance++) {
      const source = signature[(i + distance) % MINHASH_SIZE] as number;
      if (source !== EMPTY && (source & ~VALUE_MASK) === 0) {
        signature[i] = (source + ROTATION * distance) >>> 0;
        break;
      }
    }
  }
}

/** Share of positions where two signatures agree: an estimate of the Jaccard similarity of their sets. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/** Exact Jaccard similarity of two sets of shingle hashes (for tests and measurements). */
export function exactJaccard(a: Uint32Array, b: Uint32Array): number {
  const left = new Set(a);
  const right = new Set(b);
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  for (const value of left) if (right.has(value)) shared++;
  return shared / (left.size + right.size - shared);
}

/**
 * One key per band: the band number in the high bits and a hash of its rows in the low 32, so that keys of
 * different bands never collide and every key is a safe integer for SQLite.
 */
export function bandKeys(signature: Uint32Array, bands = LSH_BANDS, rows = LSH_ROWS): number[] {
  const keys: number[] = [];
  for (let band = 0; band < bands; band++) {
    let h = band + 1;
    for (let row = 0; row < rows; row++) h = combine(h, signature[band * rows + row] ?? 0);
    keys.push(band * 0x100000000 + h);
  }
  return keys;
}
