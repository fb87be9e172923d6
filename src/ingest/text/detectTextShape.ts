/** Recognises which kind of plain-text dump a document is, in one pass over its lines. */

import { endsWithReadMore } from './chrome.js';
import { standaloneDate } from './dates.js';
import { FEED_HEADER } from './flattenedFeed.js';
import { newsletterSignal } from './newsletter.js';
import { isBylineLine } from './submittedListing.js';

export type TextShape = 'empty' | 'feed' | 'submitted-listing' | 'teaser-listing' | 'newsletter' | 'page';

/** Newsletter signals needed: strong ones (chrome, issue line, "more news from") count 2, weak ones 1. */
const NEWSLETTER_THRESHOLD = 3;

/**
 * The shape of a dump. Rules, first match wins: dates alone on lines that close "title link teaser" items → feed;
 * "Submitted by" bylines → submitted listing; enough newsletter signals → newsletter; two or more blocks ending in
 * "Read more" → teaser listing; anything else with text → page.
 */
export function detectTextShape(lines: readonly string[]): TextShape {
  let nonBlank = 0;
  let dates = 0;
  let headersAfterDate = 0;
  let firstIsHeader = false;
  let lastIsDate = false;
  let previousWasDate = false;
  let bylines = 0;
  let readMore = 0;
  let newsletter = 0;
  for (const line of lines) {
    if (!line) continue;
    if (nonBlank++ === 0) firstIsHeader = FEED_HEADER.test(line);
    if (previousWasDate && FEED_HEADER.test(line)) headersAfterDate++;
    previousWasDate = lastIsDate = standaloneDate(line) !== undefined;
    if (lastIsDate) {
      dates++;
      continue;
    }
    if (line.length <= 160 && isBylineLine(line)) bylines++;
    else if (endsWithReadMore(line)) readMore++;
    else newsletter += newsletterSignal(line);
  }
  if (nonBlank === 0) return 'empty';
  const feedItems = lastIsDate ? dates : dates + 1;
  if (firstIsHeader && dates > 0 && (lastIsDate || headersAfterDate > 0) && headersAfterDate * 2 >= feedItems - 1) {
    return 'feed';
  }
  if (bylines > 0) return 'submitted-listing';
  if (newsletter >= NEWSLETTER_THRESHOLD) return 'newsletter';
  if (readMore >= 2) return 'teaser-listing';
  return 'page';
}
