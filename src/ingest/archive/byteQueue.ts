/**
 * A queue of byte chunks read from a stream: append what arrives, look for a delimiter near the front, take or
 * skip a number of bytes. Chunks are kept as they came and copied only when a caller takes bytes, so a large
 * record body costs one copy, not one per arriving chunk.
 */
export class ByteQueue {
  private chunks: Buffer[] = [];
  /** Bytes of chunks[0] already consumed. */
  private offset = 0;
  private size = 0;

  get length(): number {
    return this.size;
  }

  push(chunk: Buffer): void {
    if (chunk.length === 0) return;
    this.chunks.push(chunk);
    this.size += chunk.length;
  }

  /** Puts bytes back at the front (for resynchronising after a wrong Content-Length). */
  unshift(bytes: Buffer): void {
    if (bytes.length === 0) return;
    this.compactFront();
    this.chunks.unshift(bytes);
    this.size += bytes.length;
  }

  /** Up to `n` bytes from the front, without consuming them (copied only when they span chunks). */
  peek(n: number): Buffer {
    const want = Math.min(n, this.size);
    const first = this.chunks[0];
    if (first && first.length - this.offset >= want) return first.subarray(this.offset, this.offset + want);
    return this.copyFront(want);
  }

  /** Position of `pattern` among the first `limit` bytes, or -1. */
  indexOf(pattern: Buffer, limit: number): number {
    return this.peek(limit).indexOf(pattern);
  }

  /** Removes and returns a copy of the first `n` bytes (n ≤ length), so it pins no chunk of the stream. */
  take(n: number): Buffer {
    const want = Math.min(n, this.size);
    const first = this.chunks[0];
    const out =
      first && first.length - this.offset >= want
        ? Buffer.from(first.subarray(this.offset, this.offset + want))
        : this.copyFront(want);
    this.skip(want);
    return out;
  }

  /** Drops the first `n` bytes (or all there are); returns how many were dropped. */
  skip(n: number): number {
    let left = Math.min(n, this.size);
    const dropped = left;
    while (left > 0) {
      const first = this.chunks[0];
      if (!first) break;
      const available = first.length - this.offset;
      if (available <= left) {
        this.chunks.shift();
        this.offset = 0;
        left -= available;
      } else {
        this.offset += left;
        left = 0;
      }
    }
    this.size -= dropped;
    return dropped;
  }

  private copyFront(n: number): Buffer {
    const out = Buffer.allocUnsafe(n);
    let written = 0;
    let offset = this.offset;
    for (const chunk of this.chunks) {
      if (written >= n) break;
      const part = chunk.subarray(offset, offset + (n - written));
      part.copy(out, written);
      written += part.length;
      offset = 0;
    }
    return out;
  }

  private compactFront(): void {
    const first = this.chunks[0];
    if (first && this.offset > 0) {
      this.chunks[0] = first.subarray(this.offset);
      this.offset = 0;
    }
  }
}
