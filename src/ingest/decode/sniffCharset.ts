/** Finds the character encoding a document announces: byte-order mark, HTTP charset, XML prolog or HTML meta. */

export interface BomMatch {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  length: number;
}

/** The byte-order mark at the start of the bytes, if any. */
export function sniffBom(bytes: Uint8Array): BomMatch | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 without a BOM, recognised by an XML or HTML document's first `<` followed by a NUL byte (or preceded). */
export function sniffUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const [a, b, c, d] = bytes;
  if (a === 0x3c && b === 0x00 && c !== 0x00 && d === 0x00) return 'utf-16le';
  if (a === 0x00 && b === 0x3c && c === 0x00 && d !== 0x00) return 'utf-16be';
  return null;
}

/** The `charset` parameter of a Content-Type header value. */
export function charsetFromContentType(contentType: string | undefined): string | null {
  const match = contentType?.match(/charset\s*=\s*["']?([\w.:-]+)/i);
  return match?.[1]?.toLowerCase() ?? null;
}

/** The encoding declared in the document itself: XML prolog `encoding=`, or an HTML `<meta charset>`. */
export function declaredCharset(bytes: Uint8Array): { charset: string; where: 'XML prolog' | 'HTML meta tag' } | null {
  // Declarations are ASCII and near the top; latin1 maps every byte to one character so offsets stay honest.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const prolog = head.match(/^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([\w.:-]+)["']/i);
  if (prolog?.[1]) return { charset: prolog[1].toLowerCase(), where: 'XML prolog' };
  const meta =
    head.match(/<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i) ??
    head.match(/<meta[^>]+content\s*=\s*["'][^"']*charset=([\w.:-]+)/i);
  if (meta?.[1]) return { charset: meta[1].toLowerCase(), where: 'HTML meta tag' };
  return null;
}
