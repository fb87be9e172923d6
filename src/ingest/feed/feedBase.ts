/**
 * Relative URLs in feeds: xml:base on any ancestor (each relative base resolved against the one above it), the
 * document's own address, and for RSS without xml:base the channel link, as feed readers have always done.
 */
import type { XmlElementLike } from './feedFields.js';

/** What a feed's URLs are resolved against. */
export interface FeedBases {
  format: 'rss' | 'atom';
  /** Where the document was fetched from (an http(s) address), if known. */
  documentUrl: string | undefined;
  /** The feed's own link to its site (RSS channel link, Atom alternate link), made absolute. */
  feedLink: string | undefined;
}

/** The base URL that applies to an element. */
export function elementBase(element: XmlElementLike | null, bases: FeedBases): string | undefined {
  const chain = xmlBases(element);
  // RSS has no notion of a base; relative item links have always been read against the channel link.
  if (chain.length === 0 && bases.format === 'rss') return bases.feedLink ?? bases.documentUrl;
  let base = bases.documentUrl ?? bases.feedLink;
  for (const xmlBase of chain) base = resolveUrl(xmlBase, base) ?? base;
  return base;
}

/** True when the element or an ancestor carries xml:base. */
export function hasXmlBase(element: XmlElementLike | null): boolean {
  return xmlBases(element).length > 0;
}

/** An absolute URL, or undefined when the text is empty or cannot be resolved. */
export function resolveUrl(url: string | null | undefined, base: string | undefined): string | undefined {
  const text = url?.trim();
  if (!text) return undefined;
  try {
    return new URL(text, base).href;
  } catch {
    return undefined;
  }
}

/** xml:base values from the outermost ancestor down to the element. */
function xmlBases(element: XmlElementLike | null): string[] {
  const chain: string[] = [];
  for (let current = element; current; current = current.parent) {
    const base = current.getAttribute('xml:base')?.trim();
    if (base) chain.push(base);
  }
  return chain.reverse();
}
