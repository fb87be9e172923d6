/** Plain Readability on linkedom, as a library user would call it: the "before" column of the extraction benchmark. */
import { Readability } from '@mozilla/readability';
import { htmlToText } from '../../src/ingest/html/htmlToText.js';
import { parseDom } from '../../src/ingest/page/dom.js';

/** Main text by Readability alone (default options), as plain text; '' when Readability finds nothing. */
export function plainReadabilityText(html: string): string {
  const article = new Readability(parseDom(html)).parse();
  return article?.content ? htmlToText(article.content) : '';
}
