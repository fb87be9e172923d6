/**
 * An e-mail newsletter flattened to text: chrome ("If the e-mail is not displayed properly…"), an issue line
 * ("July 2015 Monthly Update"), then blocks of heading + text + link captions ("Find out more | Visit …"),
 * grouped under section header lines ("Latest publications"). A two-column layout puts two section names on one
 * line ("Current vacancies Latest publications"); each block then takes the section whose typical words its text
 * uses most, else the one the whole section's text leans to, else the first named. Blocks are dated by the issue.
 */

import { isCopyrightLine, isLinkCaptionLine, isNewsletterChrome, stripLinkMarkers, stripReadMore } from './chrome.js';
import { findMonthYear, MONTH_PATTERN } from './dates.js';
import { deriveTitle, isHeadingLike } from './headings.js';
import { joinParagraphs, wordRegex } from './lines.js';
import { chooseSection, parseSectionHeader, type SectionEntry } from './sections.js';
import type { ItemDraft } from './types.js';

const ISSUE_WORDS = wordRegex(
  "update|newsletter|bulletin|infomail|digest|issue|edition|édition|lettre d['’]information|lettre|bolet[ií]n|número|news",
);
const MONTH_YEAR_ONLY = new RegExp(`^(?:${MONTH_PATTERN})\\.?(?:\\s+de)?\\s+\\d{4}$`, 'iu');
const MORE_FROM =
  /^(?:(?:read|see|view|find|discover)\s+(?:more|all|other)(?:\s+(?:news|stories|updates|articles))?\s+(?:from|by|of|at)|(?:lire |voir )?(?:plus d['’]actualités|toutes les actualités)\s+(?:de|du|des)|(?:leer |ver )?(?:más noticias|todas las noticias)\s+(?:de|del))\s+(.+?)[.!]?$/i;

/** The month of an issue line ("July 2015 Monthly Update", "Boletín – marzo de 2021") as its first day; else undefined. */
export function issueMonth(line: string): string | undefined {
  if (line.length > 80) return undefined;
  const month = findMonthYear(line);
  return month && (ISSUE_WORDS.test(line) || MONTH_YEAR_ONLY.test(line)) ? month : undefined;
}

/** The organisation named by "Read more news from X" (or its fr/es forms); else undefined. */
export function moreNewsFrom(line: string): string | undefined {
  return line.length <= 120 ? MORE_FROM.exec(line)?.[1] : undefined;
}

/** How strongly a line says "newsletter" (0 = not at all); the detector adds these up. */
export function newsletterSignal(line: string): number {
  if (isCopyrightLine(line)) return 0;
  if (isNewsletterChrome(line) || issueMonth(line) || moreNewsFrom(line)) return 2;
  if ((parseSectionHeader(line)?.length ?? 0) > 1) return 1;
  return line.includes(' | ') && isLinkCaptionLine(line) ? 1 : 0;
}

interface Section {
  entries: SectionEntry[];
  text: string[];
}

interface Block {
  titles: string[];
  paragraphs: string[];
  section: Section;
}

const NEWS: SectionEntry = { type: 'news', label: 'News' };

/** Splits a newsletter into its items (news, publications, calls, vacancies, events). */
export function parseNewsletter(lines: readonly string[], warnings: string[]): ItemDraft[] {
  let issue: string | undefined;
  let organization: string | undefined;
  let section: Section = { entries: [NEWS], text: [] };
  let current: Block | undefined;
  const blocks: Block[] = [];
  const close = () => {
    if (current) blocks.push(current);
    current = undefined;
  };

  for (const line of lines) {
    if (!line || isNewsletterChrome(line)) continue;
    const from = moreNewsFrom(line);
    if (from) {
      organization ??= from;
      close();
      continue;
    }
    const month = !issue && blocks.length === 0 && !current ? issueMonth(line) : undefined;
    if (month) {
      issue = month;
      continue;
    }
    const entries = parseSectionHeader(line);
    if (entries) {
      close();
      section = { entries, text: [] };
      continue;
    }
    if (isLinkCaptionLine(line)) {
      close();
      continue;
    }
    const clean = stripLinkMarkers(stripReadMore(line));
    if (!clean) continue;
    section.text.push(clean);
    if (isHeadingLike(clean)) {
      if (current?.paragraphs.length) close();
      current ??= { titles: [], paragraphs: [], section };
      current.titles.push(clean);
    } else {
      current ??= { titles: [], paragraphs: [], section };
      current.paragraphs.push(clean);
    }
  }
  close();

  const fallbacks = new Map<Section, SectionEntry>();
  const drafts: ItemDraft[] = [];
  for (const block of blocks) {
    const [first, ...subtitles] = block.titles;
    const paragraphs = [...subtitles, ...block.paragraphs];
    if (!paragraphs.length) {
      warnings.push(`The heading "${first}" has no text under it and was not kept as an item.`);
      continue;
    }
    const { entries } = block.section;
    let fallback = fallbacks.get(block.section);
    if (!fallback) {
      fallback = chooseSection(entries, block.section.text.join('\n'));
      fallbacks.set(block.section, fallback);
    }
    const text = joinParagraphs(paragraphs);
    const chosen = chooseSection(entries, [first ?? '', text].join('\n'), fallback);
    const title = first ?? (chosen.type === 'news' ? deriveTitle(text) : `${chosen.label}: ${deriveTitle(text)}`);
    drafts.push({ title, text, published: issue, typeHint: chosen.type, sourceOrganization: organization });
  }
  if (!issue) warnings.push('No issue date ("July 2015 Monthly Update") was found; items have no publication date.');
  return drafts;
}
