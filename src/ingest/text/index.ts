/** Plain-text dumps of pages, feeds and newsletters → parsed items. Pure: no I/O, no interpretation beyond structure. */

import { detectTextShape, type TextShape } from './detectTextShape.js';
import { parseFlattenedFeed } from './flattenedFeed.js';
import { toLines } from './lines.js';
import { parseNewsletter } from './newsletter.js';
import { parsePage } from './page.js';
import { parseSubmittedListing } from './submittedListing.js';
import { parseTeaserListing } from './teaserListing.js';
import { finishItems, type ItemDraft, type TextFormat, type TextParseResult } from './types.js';

export { detectTextShape, type TextShape } from './detectTextShape.js';
export type { TextFormat, TextParseResult } from './types.js';

const FORMATS: Record<TextShape, TextFormat> = {
  empty: 'text-page',
  feed: 'text-feed',
  'submitted-listing': 'text-listing',
  'teaser-listing': 'text-listing',
  newsletter: 'text-newsletter',
  page: 'text-page',
};

/** Detects the shape of a plain-text dump and splits it into items. `source` is the file path or URL (for provenance). */
export function parseTextDump(text: string, source: string): TextParseResult {
  const lines = toLines(text);
  const shape = detectTextShape(lines);
  const format = FORMATS[shape];
  const warnings: string[] = [];
  let drafts: ItemDraft[];
  switch (shape) {
    case 'empty':
      warnings.push(`The document ${source} is empty: there is no text to split into items.`);
      drafts = [];
      break;
    case 'feed':
      drafts = parseFlattenedFeed(lines, warnings);
      break;
    case 'submitted-listing':
      drafts = parseSubmittedListing(lines, warnings);
      break;
    case 'teaser-listing':
      drafts = parseTeaserListing(lines);
      break;
    case 'newsletter':
      drafts = parseNewsletter(lines, warnings);
      break;
    case 'page':
      drafts = parsePage(lines);
      break;
  }
  if (shape !== 'empty' && drafts.length === 0) warnings.push(`No items were found in ${source}.`);
  return { format, items: finishItems(drafts, source, format), warnings };
}
