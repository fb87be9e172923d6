/**
 * Main text of an article page: Readability (Mozilla's reader view) on a linkedom DOM, helped where it fails on
 * real pages — chrome removed first (consent banners, share bars, related and teaser blocks), a lead paragraph
 * kept when it sits outside the body container, the densest text block when Readability finds nothing, and the
 * headline, kicker and date lines it repeats from the page header dropped from the text.
 */
import { Readability } from '@mozilla/readability';
import { htmlToText } from '../html/htmlToText.js';
import { densestBlock } from './densestBlock.js';
import { cleanText, findDescendant, parseDom } from './dom.js';
import { textDate } from './pageDate.js';
import { preClean } from './preClean.js';
import type { RepeatedBlock } from './repeatedBlocks.js';

export interface ExtractedArticle {
  /** The headline as Readability reads it (JSON-LD, OpenGraph, `<title>` without the site name), or ''. */
  title: string;
  /** Plain text, paragraphs separated by a blank line, headings and list items on their own lines. */
  text: string;
  /** The main content as HTML, unsanitised (enrich sanitises every HTML once). */
  html: string;
  /** Description or first paragraph. */
  excerpt: string;
}

/** Readability gives up on pages with more elements than this; the densest-block fallback still reads them. */
const MAX_ELEMENTS = 40_000;
/** Below this many characters Readability's answer is treated as a miss. */
const MIN_TEXT = 80;

const LEAD_CLASS =
  /(?:^|[\s_-])(?:standfirst|lead|lede|intro|chapo|chapeau|entradilla|dek|deck|summary|subtitle)(?:$|[\s_-])/i;

/**
 * Extracts the main text of a page. A Document passed in is modified (chrome removed); pass a string to avoid that.
 * `blocks`: the page's repeated blocks, when the caller has already looked for them.
 */
export function extractArticle(input: string | Document, blocks?: RepeatedBlock[]): ExtractedArticle {
  const document = typeof input === 'string' ? parseDom(input) : input;
  const headline = cleanText(document.querySelector('h1'));
  const leads = findLeads(document);
  preClean(document, blocks);

  const article = readability(document);
  let html = article?.content ? lowerCaseTags(article.content) : '';
  let text = htmlToText(html);
  if (text.length < MIN_TEXT) {
    const block = densestBlock(document.body);
    if (block && cleanText(block).length > text.length) {
      html = block.innerHTML;
      text = htmlToText(html);
    }
  }
  for (const lead of leads.reverse()) {
    if (!text.includes(lead.text)) {
      html = `<p>${lead.html}</p>${html}`;
      text = `${lead.text}\n\n${text}`;
    }
  }
  const title = (article?.title ?? '').trim() || headline || cleanText(document.querySelector('title'));
  text = dropRepeatedHeader(text, [title, headline]);
  // Readability's excerpt is the first paragraph, often a date or kicker line on real pages.
  const candidate = (article?.excerpt ?? '').trim();
  const excerpt = candidate.length >= 40 && !isDateLine(candidate) ? candidate : firstParagraph(text);
  return { title, text, html, excerpt };
}

function readability(document: Document): ReturnType<Readability['parse']> {
  try {
    return new Readability(document, { maxElemsToParse: MAX_ELEMENTS, charThreshold: 250 }).parse();
  } catch {
    // Thrown for pages over maxElemsToParse; the fallback reads them.
    return null;
  }
}

/** Standfirst paragraphs ("lead", "chapô", "entradilla") before Readability may leave them out of the body. */
function findLeads(document: Document): { text: string; html: string }[] {
  const leads: { text: string; html: string }[] = [];
  for (const element of document.body.querySelectorAll('p[class], div[class]')) {
    if (!LEAD_CLASS.test(element.getAttribute('class') ?? '')) continue;
    if (findDescendant(element, (e) => /^(?:P|DIV|UL|OL|TABLE|H[1-6])$/.test(e.tagName))) continue;
    const text = cleanText(element);
    if (text.length >= 60 && text.length <= 800 && /[.!?…]$/.test(text)) leads.push({ text, html: element.innerHTML });
    if (leads.length === 2) break;
  }
  return leads;
}

/** Readability repeats the headline, and the kicker and date lines around it, at the top of the text. */
function dropRepeatedHeader(text: string, titles: string[]): string {
  const wanted = new Set(titles.map(normalise).filter(Boolean));
  const paragraphs = text.split('\n\n');
  const isTitle = (index: number) => wanted.has(normalise(paragraphs[index] ?? ''));
  let start = 0;
  for (let i = 0; i < Math.min(4, paragraphs.length); i++) {
    const line = paragraphs[i]!.trim();
    // A short unpunctuated line before the headline is a kicker ("Press release"); next to it, a date line.
    const short = line.length <= 60 && !/[.!?]$/.test(line) && !line.includes('\n');
    const headerNext = isTitle(i + 1) || isTitle(i + 2) || isDateLine(paragraphs[i + 1]);
    if (isTitle(i) || (short && (isDateLine(line) || headerNext))) start = i + 1;
    else break;
  }
  let end = paragraphs.length;
  // A closing "Last updated: …" or bare date line is page furniture too.
  while (end > start + 1 && (isDateLine(paragraphs[end - 1]) || UPDATED.test(paragraphs[end - 1]!.trim()))) end--;
  return paragraphs.slice(start, end).join('\n\n').trim();
}

const UPDATED =
  /^(?:last (?:updated|modified|reviewed)|updated|page updated|dernière mise à jour|mis à jour|última actualización|actualizado)\b.{0,40}$/i;

function isDateLine(line: string | undefined): boolean {
  const text = line?.trim() ?? '';
  return text.length > 0 && text.length <= 60 && !text.includes('\n') && textDate(text) !== undefined;
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function firstParagraph(text: string): string {
  const first = text.split('\n\n').find((paragraph) => paragraph.length >= 40) ?? '';
  return first.length > 300 ? `${first.slice(0, 297).replace(/\s+\S*$/, '')}…` : first;
}

/** linkedom keeps the case of elements Readability creates (`<DIV>`); HTML consumers expect lower case. */
function lowerCaseTags(html: string): string {
  return html.replace(/<(\/?)([A-Z][A-Z0-9]*)(?=[\s/>])/g, (_, slash: string, name: string) => {
    return `<${slash}${name.toLowerCase()}`;
  });
}
