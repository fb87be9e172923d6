/** Fast, deterministic 32-bit hashing for signatures: not cryptographic, only well spread. */

/** FNV-1a over the UTF-16 code units of a string, finished with a murmur mix so that the low bits spread too. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/** Murmur3's 32-bit finaliser: every input bit flips about half the output bits. */
export function mix32(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Combines a running hash with one more 32-bit value (order matters). */
export function combine(seed: number, value: number): number {
  return mix32(Math.imul(seed ^ value, 0x9e3779b1) + 0x7f4a7c15);
}
