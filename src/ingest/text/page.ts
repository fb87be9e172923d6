/**
 * A single web page: menu lines at the top, maybe a heading, then paragraphs (one per line). A heading directly
 * above the text is the title. A page without one that presents a document named in quotes ("drafted a guidance
 * document on “…”") is that document's page: the name is the title and the item is a publication.
 */

import { isFooterLine, isLanguageSwitcherLine, isMenuLine } from './chrome.js';
import { findCalendarDate } from './dates.js';
import { deriveTitle, isHeadingLike, quotedDocumentTitle } from './headings.js';
import { joinParagraphs, wordCount } from './lines.js';
import type { ItemDraft } from './types.js';

function isChrome(line: string): boolean {
  return isMenuLine(line) || isLanguageSwitcherLine(line);
}

/** Turns a page into one item (none when it has no text). */
export function parsePage(lines: readonly string[]): ItemDraft[] {
  // The leading run of menu entries and short lines ends at the first paragraph; the first short line after the
  // last menu entry is the heading, later short lines (a subtitle, a date) belong to the text.
  let start = 0;
  let headingAt = -1;
  for (; start < lines.length; start++) {
    const line = lines[start]!;
    if (!line) continue;
    if (isChrome(line)) headingAt = -1;
    else if (isHeadingLike(line)) headingAt = headingAt < 0 ? start : headingAt;
    else break;
  }
  const heading = headingAt >= 0 ? lines[headingAt] : undefined;
  if (headingAt >= 0) start = headingAt + 1;
  let end = lines.length;
  while (end > start && (!lines[end - 1] || isChrome(lines[end - 1]!) || isFooterLine(lines[end - 1]!))) end--;

  let paragraphs = lines.slice(start, end).filter(Boolean);
  // A dateline under the heading ("Published on 3 June 2022") dates the page rather than belonging to its text.
  const published = paragraphs[0] && wordCount(paragraphs[0]) <= 6 ? findCalendarDate(paragraphs[0]) : undefined;
  if (heading && published) paragraphs = paragraphs.slice(1);
  const text = joinParagraphs(paragraphs);
  if (heading) return [{ title: heading, text: text || heading, published, typeHint: 'page' }];
  if (!text) return [];
  const documentTitle = quotedDocumentTitle(text);
  if (documentTitle) return [{ title: documentTitle, text, typeHint: 'publication' }];
  return [{ title: deriveTitle(text), text, typeHint: 'page' }];
}
