/** Recognises documents that are not text (images, archives, office files) before anyone tries to decode them. */

const SIGNATURES: { bytes: number[]; name: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46], name: 'a PDF file' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive (or an Office document)' },
  { bytes: [0x1f, 0x8b], name: 'a gzip-compressed file' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], name: 'an old Microsoft Office document' },
  { bytes: [0x52, 0x61, 0x72, 0x21], name: 'a RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], name: 'a 7-Zip archive' },
];

/** What kind of binary file the bytes are ("a PNG image", "a binary file"), or null when they look like text. */
export function describeBinary(bytes: Uint8Array): string | null {
  for (const signature of SIGNATURES) {
    if (signature.bytes.every((byte, i) => bytes[i] === byte)) return signature.name;
  }
  const sample = bytes.subarray(0, 65536);
  // Text in UTF-8 or single-byte encodings never contains NUL; UTF-16 is recognised before this check.
  if (sample.includes(0)) return 'a binary file';
  return null;
}

/** True when decoded text is mostly control characters or replacement characters, i.e. binary in disguise. */
export function looksLikeBinaryText(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.length === 0) return false;
  let odd = 0;
  for (const char of sample) {
    const code = char.codePointAt(0) ?? 0;
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0xfffd) odd++;
  }
  return odd / sample.length > 0.1;
}
