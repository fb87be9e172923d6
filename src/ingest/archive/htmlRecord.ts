import type { ParsedItem, Provenance } from '../../domain/item.js';
import { htmlToText } from '../html/htmlToText.js';
import { parsePage } from '../page/parsePage.js';
import { publishedDate, titleFromUrl } from './recordTitle.js';

/** Where an archived page was captured: its address, the capture date (WARC-Date) and the archive's provenance. */
export interface ArchivedPage {
  url?: string;
  captureDate?: string;
  provenance: Provenance;
}

/**
 * An archived HTML page → items, through the same page parser as saved and fetched pages: an article gives one
 * item (main text, HTML, metadata), a listing page one item per entry. Every item keeps the archive's provenance;
 * an item without a date of its own gets a dateline from the top of its text, else the capture date — a fallback,
 * since capture is not publication. A page the parser cannot read falls back to its plain text.
 */
export function parseHtmlRecord(html: string, page: ArchivedPage): ParsedItem[] {
  let items: ParsedItem[];
  try {
    items = parsePage(html, page.url ?? page.provenance.source, page.url).items;
  } catch {
    items = [];
  }
  if (items.length === 0) return plainPage(html, page);
  return items.map((item) => {
    const published = item.published ?? datelineOrCapture(item, items.length === 1 ? html : undefined, page);
    const archived: ParsedItem = { ...item, title: item.title || titleFromUrl(item.url ?? page.url) };
    if (published) archived.published = published;
    if (!archived.url && page.url && items.length === 1) archived.url = page.url;
    archived.provenance = { ...page.provenance };
    return archived;
  });
}

/**
 * A date written near the top: of the article body (the page parser drops a dateline from the text), of the whole
 * page for an article, of the teaser for a listing entry; else the capture date.
 */
function datelineOrCapture(item: ParsedItem, pageHtml: string | undefined, page: ArchivedPage): string | undefined {
  const sources = [item.html, pageHtml].filter((markup): markup is string => !!markup);
  for (const markup of sources) {
    const body = Math.max(markup.search(/<body[\s>]/i), 0);
    const found = publishedDate(htmlToText(markup.slice(body, body + 16384)).split('\n', 24), undefined);
    if (found) return found;
  }
  return publishedDate(item.text.split('\n', 24), page.captureDate);
}

/** The page as plain text with its `<title>`: what is left when the page parser finds nothing. */
function plainPage(html: string, page: ArchivedPage): ParsedItem[] {
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
