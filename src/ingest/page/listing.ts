/**
 * Listing pages split into entries: the largest block of repeated sibling entries (Drupal views rows, `<article>`
 * teasers, news cards with "Read more") when it is the page's main content rather than a side block on an
 * article. Each entry gives its title, absolute link, teaser, date and "Submitted by NAME on DATE" when shown.
 */
import { htmlToText } from '../html/htmlToText.js';
import { parseByline } from '../text/submittedListing.js';
import { absoluteUrl, cleanText, descendants, findDescendant, linksIn } from './dom.js';
import { machineDate, textDate } from './pageDate.js';
import { isChromeName } from './preClean.js';
import {
  entryHeading,
  findRepeatedBlocks,
  headingLink,
  READ_MORE_CAPTION,
  type RepeatedBlock,
} from './repeatedBlocks.js';

export interface ListingEntry {
  title: string;
  /** Absolute when the page URL (or `<base href>`) is known. */
  url?: string;
  teaser: string;
  /** ISO 8601 with offset. */
  published?: string;
  submittedBy?: string;
}

export interface ListingOptions {
  /** Base for relative links: `<base href>` resolved against the page URL. */
  base?: string;
  /** The page's language, to read numeric dates day-first or month-first. */
  language?: string;
}

/** Paragraph text outside the entries above which a page is an article with a teaser block, not a listing. */
const ARTICLE_TEXT = 300;

/**
 * The page's entries when it is a listing; undefined for an article page. `blocks`: the page's repeated blocks,
 * when the caller has already looked for them.
 */
export function detectListing(
  document: Document,
  options: ListingOptions = {},
  blocks = findRepeatedBlocks(document.body),
): ListingEntry[] | undefined {
  const block = blocks.find((candidate) => !inChrome(candidate.container));
  if (!block || !isMainContent(document, block)) return undefined;
  const entries = block.members.map((member) => readEntry(member, options)).filter((e) => e !== undefined);
  return entries.length >= 3 ? entries : undefined;
}

function inChrome(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (/^(?:NAV|HEADER|FOOTER|ASIDE)$/.test(node.tagName)) return true;
    const name = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`;
    if (name.trim() && isChromeName(name)) return true;
  }
  return false;
}

/**
 * A listing when the entries hold most of the page's text. A block under its own section heading ("Latest from
 * the project") next to real paragraphs is a side block of an article page.
 */
function isMainContent(document: Document, block: RepeatedBlock): boolean {
  let outside = 0;
  for (const paragraph of document.body.getElementsByTagName('p')) {
    if (block.container.contains(paragraph) || inChrome(paragraph)) continue;
    const length = cleanText(paragraph).length;
    if (length >= 80) outside += length;
  }
  if (outside < ARTICLE_TEXT) return true;
  return !hasSectionHeading(block) && block.textLength >= outside;
}

function hasSectionHeading(block: RepeatedBlock): boolean {
  const members = new Set(block.members);
  for (const child of block.container.children) {
    if (!members.has(child) && /^H[2-6]$/.test(child.tagName)) return true;
  }
  const previous = block.container.previousElementSibling;
  return previous !== null && /^H[2-6]$/.test(previous.tagName);
}

function readEntry(member: Element, options: ListingOptions): ListingEntry | undefined {
  const heading = entryHeading(member);
  const title = cleanText(heading);
  if (!heading || !title) return undefined;
  const link = headingLink(heading) ?? readMoreLink(member);
  const url = absoluteUrl(link?.getAttribute('href'), options.base) ?? relativeHref(link, options.base);

  const time = findDescendant(member, (e) => e.tagName === 'TIME' && e.hasAttribute('datetime'));
  let published = machineDate(time?.getAttribute('datetime'));
  let submittedBy: string | undefined;
  const teaser: string[] = [];
  for (const paragraph of htmlToText(teaserHtml(member)).split('\n\n')) {
    const lines: string[] = [];
    for (const raw of paragraph.split('\n')) {
      const line = raw.trim();
      const byline = line.length <= 160 ? parseByline(line) : undefined;
      if (byline) {
        submittedBy ??= byline.name;
        published ??= byline.published ?? textDate(line, options.language);
      } else if (isDateLine(line)) {
        published ??= textDate(line, options.language);
      } else if (line && !sameText(line, title) && !READ_MORE_ONLY.test(line)) {
        lines.push(line.replace(TRAILING_READ_MORE, '').trim());
      }
    }
    if (lines.length > 0) teaser.push(lines.join('\n'));
  }
  const entry: ListingEntry = { title, teaser: teaser.join('\n\n') };
  if (url) entry.url = url;
  if (published) entry.published = published;
  if (submittedBy) entry.submittedBy = submittedBy;
  return entry;
}

const READ_MORE_ONLY = new RegExp(`${READ_MORE_CAPTION.source}\\s*[›»>→…:.]*$`, 'i');
const TRAILING_READ_MORE =
  /\s*(?:read more|continue reading|lire la suite|en savoir plus|leer más|seguir leyendo|ver más)\s*[›»>→…]*$/i;

const SCREEN_READER_ONLY = /(?:^|\s)(?:visually-hidden|sr-only|element-invisible|screen-reader-text)(?:$|\s)/;

/** The entry without its heading, "Read more" links and screen-reader-only text. */
function teaserHtml(member: Element): string {
  const copy = member.cloneNode(true) as Element;
  entryHeading(copy)?.remove();
  for (const element of [...descendants(copy)]) {
    const screenReaderOnly = SCREEN_READER_ONLY.test(element.getAttribute('class') ?? '');
    if (screenReaderOnly || (element.tagName === 'A' && READ_MORE_CAPTION.test(cleanText(element)))) element.remove();
  }
  return copy.innerHTML;
}

function readMoreLink(member: Element): Element | null {
  const links = linksIn(member);
  return links.find((link) => READ_MORE_CAPTION.test(cleanText(link))) ?? links[0] ?? null;
}

/** Without a base, a relative link is kept as written rather than lost. */
function relativeHref(link: Element | null, base: string | undefined): string | undefined {
  const href = link?.getAttribute('href')?.trim();
  if (base !== undefined || !href || href.startsWith('#') || /^[a-z][a-z\d+.-]*:/i.test(href)) return undefined;
  return href;
}

/** A short line that is a date and little else ("12 March 2024", "Publié le 3 mars 2024", "Tue, 05/09/2023 - 14:12"). */
function isDateLine(line: string): boolean {
  return line.length > 0 && line.length <= 50 && textDate(line) !== undefined;
}

function sameText(a: string, b: string): boolean {
  const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return fold(a) === fold(b);
}
