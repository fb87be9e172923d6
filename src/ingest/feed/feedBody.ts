/**
 * The body of a feed entry: the fullest field it offers (content:encoded, Atom content, else the description or
 * summary), as HTML and plain text. Handles what the feed library leaves raw or flattens: Atom 0.3 content modes
 * (escaped, inline XML, base64), HTML written unescaped inside a description, and links relative to an xml:base.
 */
import { absolutizeUrls } from '../html/absolutizeUrls.js';
import { elementBase, type FeedBases, hasXmlBase } from './feedBase.js';
import { fieldText, looksLikeHtml, type XmlElementLike } from './feedFields.js';

/** An entry's body: raw HTML when the source had markup, and its plain text ('' when the entry has none). */
export interface FeedBody {
  html?: string;
  text: string;
}

/** The fullest body of an entry; `itemUrl` is where the sanitiser will resolve relative links later. */
export function richestBody(element: XmlElementLike, bases: FeedBases, itemUrl: string | undefined): FeedBody {
  for (const candidate of candidates(element, bases.format)) {
    const value = fieldValue(candidate.element);
    if (!value.trim()) continue;
    const isHtml = candidate.isHtml(value) || hasChildElements(candidate.element);
    const text = fieldText(value, isHtml);
    if (!text) continue;
    if (!isHtml) return { text };
    // Relative links are relative to the element's xml:base, which is lost once the item leaves the feed.
    const base =
      candidate.element && (bases.format === 'atom' || hasXmlBase(candidate.element))
        ? elementBase(candidate.element, bases)
        : undefined;
    const html = base && base !== itemUrl ? absolutizeUrls(value, base) : value;
    return { html, text };
  }
  return { text: '' };
}

/** The summary or description as plain text, '' when there is none. */
export function summaryText(element: XmlElementLike, format: 'rss' | 'atom'): string {
  const summaryElement = ownChild(element, format === 'atom' ? 'summary' : 'description');
  const value = fieldValue(summaryElement);
  if (!value) return '';
  const isHtml = format === 'rss' || isHtmlType(summaryElement) || hasChildElements(summaryElement);
  return fieldText(value, isHtml && looksLikeHtml(value));
}

interface Candidate {
  element: XmlElementLike | null;
  isHtml: (value: string) => boolean;
}

function candidates(element: XmlElementLike, format: 'rss' | 'atom'): Candidate[] {
  if (format === 'atom') {
    const content = ownChild(element, 'content');
    const summary = ownChild(element, 'summary');
    return [
      { element: content, isHtml: () => isHtmlType(content) },
      { element: summary, isHtml: () => isHtmlType(summary) },
    ];
  }
  return [
    { element: ownChild(element, 'encoded'), isHtml: () => true },
    { element: ownChild(element, 'description'), isHtml: looksLikeHtml },
  ];
}

/** The first child of that local name that is not Media RSS ("media:content" is not Atom's "content"). */
function ownChild(element: XmlElementLike, name: string): XmlElementLike | null {
  return element.findElementsWithName(name).find((child) => child.namespace !== 'media') ?? null;
}

/** An element's value as the feed means it: its markup where it holds some, else its decoded text. */
function fieldValue(element: XmlElementLike | null): string {
  if (!element) return '';
  return markupOf(element) ?? element.textContentNormalized;
}

/**
 * Markup the library would flatten to text: Atom 0.3 `mode="base64"` content, and elements that hold child
 * elements (Atom 0.3 `mode="xml"`, HTML written unescaped into a description). null when the library's value is right.
 */
function markupOf(element: XmlElementLike | null): string | null {
  if (!element) return null;
  if (element.getAttribute('mode')?.toLowerCase() === 'base64') {
    return Buffer.from(element.textContent.replace(/\s+/g, ''), 'base64').toString('utf8');
  }
  if (!hasChildElements(element)) return null;
  // Inline XHTML is wrapped in one <div> that is not part of the content (RFC 4287 §4.1.3).
  const blocks = element.children.filter((child) => typeof child !== 'string' || child.trim() !== '');
  const [only] = blocks;
  const markup =
    blocks.length === 1 && typeof only !== 'string' && only?.name === 'div' ? only.innerHtml : element.innerHtml;
  // The XML writer spells empty elements "<br></br>", which HTML reads as two line breaks.
  return markup.replace(/<(br|hr|img|wbr)(\s[^>]*)?><\/\1>/gi, '<$1$2>');
}

function hasChildElements(element: XmlElementLike | null): boolean {
  return element?.children.some((child) => typeof child !== 'string') === true;
}

/** Atom's type attribute: "html", "xhtml" and HTML media types mean markup; absent or "text" means plain text. */
export function isHtmlType(element: XmlElementLike | null): boolean {
  const type = element?.getAttribute('type')?.toLowerCase() ?? 'text';
  const mode = element?.getAttribute('mode')?.toLowerCase();
  return type === 'html' || type === 'xhtml' || type.includes('html') || mode === 'xml';
}
