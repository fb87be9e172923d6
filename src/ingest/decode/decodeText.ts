import { charsetFromContentType, declaredCharset, sniffBom, sniffUtf16WithoutBom } from './sniffCharset.js';

export interface DecodedText {
  text: string;
  /** WHATWG name of the encoding used, e.g. "utf-8", "windows-1252". */
  encoding: string;
  warnings: string[];
}

/**
 * Decodes document bytes to a string: BOM first, then the declared charset (HTTP, XML prolog, HTML meta),
 * else UTF-8, falling back to Windows-1252 when the bytes are not valid UTF-8.
 * A declaration contradicted by the bytes (valid UTF-8 declared as ISO-8859-1) loses to UTF-8, with a warning,
 * because mislabelled UTF-8 is common and reading it as Latin-1 garbles every accented letter.
 */
export function decodeText(bytes: Uint8Array, source: string, contentType?: string): DecodedText {
  const bom = sniffBom(bytes);
  if (bom) return { text: decodeWith(bom.encoding, bytes.subarray(bom.length)), encoding: bom.encoding, warnings: [] };
  const utf16 = sniffUtf16WithoutBom(bytes);
  if (utf16) return { text: decodeWith(utf16, bytes), encoding: utf16, warnings: [] };

  const warnings: string[] = [];
  const utf8 = tryUtf8(bytes);
  const fromHeader = charsetFromContentType(contentType);
  const fromDocument = declaredCharset(bytes);
  const declared = fromHeader ? { charset: fromHeader, where: 'Content-Type header' } : fromDocument;

  if (declared) {
    const encoding = encodingName(declared.charset);
    if (!encoding) {
      warnings.push(
        `${source}: unknown character encoding "${declared.charset}" in the ${declared.where}; ignored it.`,
      );
    } else if (encoding === 'utf-8') {
      if (utf8 !== null) return { text: utf8, encoding, warnings };
      warnings.push(
        `${source}: the ${declared.where} says UTF-8 but the bytes are not valid UTF-8; read it as Windows-1252.`,
      );
      return { text: decodeWith('windows-1252', bytes), encoding: 'windows-1252', warnings };
    } else {
      if (utf8 !== null && hasNonAscii(bytes)) {
        warnings.push(
          `${source}: the ${declared.where} says ${declared.charset} but the text is UTF-8; read it as UTF-8.`,
        );
        return { text: utf8, encoding: 'utf-8', warnings };
      }
      const text = decodeWith(encoding, bytes);
      if (!text.includes('\uFFFD') || utf8 === null) return { text, encoding, warnings };
      warnings.push(
        `${source}: the ${declared.where} says ${declared.charset} but the text is UTF-8; read it as UTF-8.`,
      );
      return { text: utf8, encoding: 'utf-8', warnings };
    }
  }

  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', warnings };
  warnings.push(`${source}: the text is not valid UTF-8 and names no encoding; read it as Windows-1252.`);
  return { text: decodeWith('windows-1252', bytes), encoding: 'windows-1252', warnings };
}

/** The WHATWG encoding name for a label, or null when the runtime does not know it. */
export function encodingName(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeWith(encoding: string, bytes: Uint8Array): string {
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  return encoding === 'windows-1252' ? fixWindows1252(text) : text;
}

/**
 * Node 20 decodes windows-1252 (which the web also uses for "iso-8859-1" and "latin1") through a Latin-1 fast
 * path that leaves bytes 0x80–0x9F as C1 control characters; the standard maps them to punctuation such as ’ € —.
 */
const WINDOWS_1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c);
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return true;
  return false;
}
