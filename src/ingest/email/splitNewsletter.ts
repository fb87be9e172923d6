/**
 * Splits an HTML newsletter into its stories. Works on how the issue reads, not on any one builder's markup: a
 * heading-like line (h1–h4, or a short all-bold or large line) opens a story, a heading worded as a section name
 * ("Upcoming events") sets the type of the stories below it, link captions ("Read more") give the story its link
 * and are dropped, and chrome (view in browser, social links, unsubscribe, copyright, address) is left out; the
 * first footer line after the stories ends the content.
 */

import type { ItemType } from '../../domain/item.js';
import { chromeKind, isCaptionLine, isPostalAddress, isShareLink } from './emailChrome.js';
import { sectionOf } from './emailSections.js';
import { type HtmlLine, htmlLines, type Segment } from './htmlLines.js';

/** One story of an issue. */
export interface NewsletterStory {
  title: string;
  /** The story's main link, absolute, exactly as the sender wrote it (tracking redirects included). */
  url?: string;
  text: string;
  /** The story's paragraphs as simple HTML (paragraphs and links only). */
  html: string;
  typeHint?: ItemType;
  /** The section heading as written. */
  section?: string;
}

export interface SplitOptions {
  /** The e-mail's subject: a heading repeating it is the masthead, not a story. */
  subject?: string;
  /** Base for relative links when the body has no `<base href>` (the web version's address is a good one). */
  baseUrl?: string;
  /** Links never taken as a story's link (List-Unsubscribe, the web version). */
  ignoreLinks?: readonly string[];
}

export interface SplitResult {
  stories: NewsletterStory[];
  /** Text before the first story (greeting, editorial), for messages with no story structure. */
  intro: string[];
  language?: string;
}

interface Draft {
  title: string;
  url?: string;
  captionUrl?: string;
  firstUrl?: string;
  paragraphs: HtmlLine[];
  section?: { type: ItemType; label: string };
}

const MAX_HEADING_WORDS = 30;

/** Splits an HTML e-mail body into stories by section. */
export function splitNewsletter(html: string, options: SplitOptions = {}): SplitResult {
  const { lines, baseUrl, language } = htmlLines(html);
  const resolve = linkResolver(baseUrl ?? options.baseUrl, options.ignoreLinks ?? []);
  const stories: NewsletterStory[] = [];
  const intro: string[] = [];
  let section: Draft['section'];
  let current: Draft | undefined;
  let footerSeen = false;

  const close = () => {
    if (current && (current.paragraphs.length > 0 || current.url || current.captionUrl)) {
      stories.push(toStory(current, resolve));
    }
    current = undefined;
  };

  for (const line of lines) {
    const chrome = chromeKind(line);
    if (chrome) {
      if (chrome === 'footer' && (stories.length > 0 || current)) {
        if (current) dropTrailingAddresses(current);
        break;
      }
      footerSeen ||= chrome === 'footer';
      continue;
    }
    const named = isHeadingLike(line) || line.text.length <= 40 ? sectionOf(line.text) : undefined;
    if (named) {
      close();
      section = named;
      continue;
    }
    if (isCaptionLine(line)) {
      if (current && !current.captionUrl) current.captionUrl = firstLink(line.segments, resolve);
      continue;
    }
    if (isHeadingLike(line)) {
      if (!current && stories.length === 0 && !section && isMasthead(line.text, options.subject)) continue;
      close();
      current = { title: line.text, url: firstLink(line.segments, resolve), paragraphs: [], section };
      continue;
    }
    const lead = leadingLink(line, resolve);
    if (lead && (line.listItem || (!current && section))) {
      close();
      const rest = line.segments.slice(1);
      current = { title: lead.title, url: lead.url, paragraphs: [], section };
      if (rest.some((s) => /[\p{L}\p{N}]/u.test(s.text))) current.paragraphs.push(restOf(line, rest));
      continue;
    }
    if (current) {
      current.paragraphs.push(line);
      current.firstUrl ??= firstLink(line.segments, resolve);
    } else if (!footerSeen) intro.push(line.text);
  }
  close();
  return { stories, intro, language };
}

/** A heading: an h1–h4, or a short line all in bold or large type that is not a label ("Deadline:"). */
function isHeadingLike(line: HtmlLine): boolean {
  if (line.headingLevel === 0 && !line.emphasized) return false;
  if (line.headingLevel > 4 && !line.emphasized) return false;
  const words = line.text.split(' ').length;
  return words <= MAX_HEADING_WORDS && line.text.length <= 220 && !/[:;,]$/.test(line.text);
}

function isMasthead(text: string, subject: string | undefined): boolean {
  if (/\b(?:newsletter|bulletin|digest|update|issue|édition|lettre d['’]information|bolet[ií]n|número)\b/i.test(text)) {
    return true;
  }
  if (!subject) return false;
  const a = fold(text);
  const b = fold(subject);
  return a.length > 0 && (a.includes(b) || b.includes(a));
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();
}

type Resolve = (href: string) => string | undefined;

/** Resolves a link against the base; undefined for anchors, mailto:, share buttons and links to ignore. */
function linkResolver(base: string | undefined, ignore: readonly string[]): Resolve {
  const ignored = new Set(ignore);
  return (href) => {
    const raw = href.trim();
    if (raw === '' || raw.startsWith('#') || ignored.has(raw)) return undefined;
    let url: string;
    if (/^https?:\/\//i.test(raw)) url = raw;
    else if (/^[a-z][a-z0-9+.-]*:/i.test(raw) || !base) return undefined;
    else {
      try {
        url = new URL(raw, base).toString();
      } catch {
        return undefined;
      }
    }
    return isShareLink(url) ? undefined : url;
  };
}

function firstLink(segments: readonly Segment[], resolve: Resolve): string | undefined {
  for (const s of segments) {
    const url = s.href === undefined ? undefined : resolve(s.href);
    if (url) return url;
  }
  return undefined;
}

/** A line opening with a link of a few words ("<a>Report title</a> – a short description"): a story of its own. */
function leadingLink(line: HtmlLine, resolve: Resolve): { title: string; url: string } | undefined {
  const first = line.segments[0];
  if (first?.href === undefined) return undefined;
  const url = resolve(first.href);
  const title = first.text.trim().replace(/[\s:–—-]+$/, '');
  if (!url || title.split(' ').length < 2 || isCaptionLine({ ...line, text: title, segments: [first] }))
    return undefined;
  return { title, url };
}

function restOf(line: HtmlLine, rest: Segment[]): HtmlLine {
  const segments = rest.map((s, i) => (i === 0 ? { ...s, text: s.text.replace(/^[\s:–—|-]+/, '') } : s));
  return { ...line, segments, text: segments.map((s) => s.text).join('') };
}

function dropTrailingAddresses(draft: Draft): void {
  while (draft.paragraphs.length > 0 && isPostalAddress(draft.paragraphs[draft.paragraphs.length - 1]!.text)) {
    draft.paragraphs.pop();
  }
}

function toStory(draft: Draft, resolve: Resolve): NewsletterStory {
  const story: NewsletterStory = {
    title: draft.title,
    text: draft.paragraphs.map((p) => p.text).join('\n\n'),
    html: draft.paragraphs.map((p) => `<p>${paragraphHtml(p.segments, resolve)}</p>`).join('\n'),
  };
  const url = draft.url ?? draft.captionUrl ?? draft.firstUrl;
  if (url) story.url = url;
  if (draft.section) {
    story.typeHint = draft.section.type;
    story.section = draft.section.label;
  }
  return story;
}

function paragraphHtml(segments: readonly Segment[], resolve: Resolve): string {
  return segments
    .map((s) => {
      const url = s.href === undefined ? undefined : resolve(s.href);
      return url ? `<a href="${escapeHtml(url)}">${escapeHtml(s.text)}</a>` : escapeHtml(s.text);
    })
    .join('');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
