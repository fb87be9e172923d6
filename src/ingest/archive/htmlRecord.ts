import type { ParsedItem, Provenance } from '../../domain/item.js';
import { htmlToText } from '../html/htmlToText.js';
import { publishedDate, titleFromUrl } from './recordTitle.js';

/**
 * An archived HTML page as one item. The single place where archived HTML meets a page parser: it uses the
 * plain HTML-to-text conversion with the `<title>`, and is the one function to switch to the page parser
 * (main-text extraction, metadata, listings) when that exists.
 */
export function parseHtmlRecord(
  html: string,
  page: { url?: string; captureDate?: string; provenance: Provenance },
): ParsedItem[] {
  const head = html.slice(0, 65536);
  const titleHtml = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(head)?.[1];
  const title = (titleHtml ? htmlToText(`<p>${titleHtml}</p>`) : '').replace(/\s+/g, ' ').trim();
  const text = htmlToText(html);
  if (!text) return [];
  const published = publishedDate(text.split('\n', 24), page.captureDate);
  const language = /<html[^>]*\slang=["']?([a-z]{2})\b/i.exec(head)?.[1]?.toLowerCase();
  return [
    {
      ...(page.url ? { url: page.url } : {}),
      title: title || titleFromUrl(page.url),
      ...(published ? { published } : {}),
      text,
      ...(language ? { language } : {}),
      provenance: page.provenance,
    },
  ];
}
