/** Small readers for feed fields the library leaves raw or loses: dates with offsets, languages, plain titles. */
import { htmlToText } from '../html/htmlToText.js';
import { dateToIso, feedDateToIso } from './feedDate.js';

/** The subset of the library's XML element this module reads. */
export interface XmlElementLike {
  findElementWithName(name: string): XmlElementLike | null;
  findElementsWithName(name: string): XmlElementLike[];
  /** Attribute value by lower-case name ("xml:base", "rdf:about"). */
  getAttribute(name: string): string | null;
  readonly textContent: string;
  /** Text content, trimmed, with XML and HTML entities decoded. */
  readonly textContentNormalized: string;
  /** The element's children written back as markup. */
  readonly innerHtml: string;
  readonly children: readonly (XmlElementLike | string)[];
  readonly parent: XmlElementLike | null;
  /** Local name, lower case, without the namespace prefix. */
  readonly name: string;
  /** The namespace prefix as written ("media"), or a symbol for none. */
  readonly namespace: string | symbol;
  readonly namespaceUri: string | null;
}

const DATE_ELEMENTS = {
  rss: ['pubdate', 'date', 'issued', 'published', 'updated', 'modified'],
  atom: ['published', 'issued', 'created', 'updated', 'modified', 'date'],
} as const;

/** Publication date in ISO 8601 with the source's offset, read from the raw element text when possible. */
export function publishedIso(element: XmlElementLike, format: 'rss' | 'atom', parsed: Date | null): string | undefined {
  for (const name of DATE_ELEMENTS[format]) {
    const iso = feedDateToIso(element.findElementWithName(name)?.textContent);
    if (iso) return iso;
  }
  return (parsed && dateToIso(parsed)) || undefined;
}

const LANGUAGE_NAMES: Record<string, string> = {
  english: 'en',
  french: 'fr',
  francais: 'fr',
  spanish: 'es',
  espanol: 'es',
  arabic: 'ar',
  portuguese: 'pt',
  german: 'de',
  italian: 'it',
  russian: 'ru',
};

/** ISO 639-1 code of a feed language ("en-us" → "en", "fr_FR" → "fr", "French" → "fr"), or undefined. */
export function languageCode(raw: string | null | undefined): string | undefined {
  const text = raw?.trim().toLowerCase();
  if (!text) return undefined;
  const primary = text.split(/[-_\s]/)[0] ?? '';
  if (/^[a-z]{2}$/.test(primary)) return primary;
  const named = LANGUAGE_NAMES[text.normalize('NFD').replace(/\p{M}/gu, '')];
  return named;
}

/** Plain single-line text of a title that may carry markup or entities left encoded twice. */
export function plainTitle(raw: string | null | undefined): string {
  if (!raw) return '';
  const text = /[<&]/.test(raw) ? htmlToText(raw) : raw;
  return text.replace(/\s+/g, ' ').trim();
}

/** True when a string has HTML tags or entities, as opposed to plain text. */
export function looksLikeHtml(text: string): boolean {
  return /<\/?[a-z][a-z\d]*(\s[^>]*)?\/?>|&(#\d+|#x[\da-f]+|[a-z]+);/i.test(text);
}

/** Plain text from a field that may be HTML or text; text is only whitespace-tidied so that "a < b" survives. */
export function fieldText(value: string, isHtml: boolean): string {
  if (isHtml) return htmlToText(value);
  return value
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/** A title made from the start of the text, for entries that have none. */
export function titleFromText(text: string, max = 100): string {
  const first = (text.split('\n')[0] ?? '').trim();
  if (first.length <= max) return first;
  const cut = first.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20)).trim()}…`;
}
