/**
 * An RSS feed flattened to text: the channel's fields run together on the first line, then per item one line
 * "title link teaser…" (possibly followed by the start of the full text), the full text as paragraphs, and the
 * item's date alone on the line after its text. Dates therefore close items.
 */

import { standaloneDate } from './dates.js';
import { joinParagraphs } from './lines.js';
import { hostOf } from './organizations.js';
import type { ItemDraft } from './types.js';

const URL = /https?:\/\/[^\s<>"]+/g;
/** Text followed by a link on one line: how every flattened item starts. */
export const FEED_HEADER = /\S\s+https?:\/\/\S/;
const TEASER_END = /(?:\.{3}|…)(?=\s|$)/;
const DATE_IN_LINE =
  /(?:[A-Z][a-z]{2},?\s+)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[+-]\d{4}|[A-Z]{1,5}))?|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})/g;
// Links in channel metadata that never name an item: images and the RSS specification.
const NOT_ITEM_LINK = /\.(?:gif|png|jpe?g|ico|svg|webp)$|\/rss\/?$|rss-?spec/i;
const LANGUAGE_TOKEN = /^[a-z]{2}(?:-[A-Za-z]{2,4})?$/;

interface Channel {
  link?: string;
  language?: string;
}

interface Header {
  title: string;
  url?: string;
  summary?: string;
  /** Text of the item that follows the teaser on the header line. */
  bodyStart: string;
  channel?: Channel;
}

function readChannel(meta: string): Channel {
  const link = meta.match(URL)?.[0];
  const tokens = meta.split(' ').filter(Boolean);
  const firstTitleToken = tokens[0];
  let language: string | undefined;
  // The language code stands alone between fields: next comes a link, the channel title again, a number or nothing.
  for (let i = 1; i < tokens.length && !language; i++) {
    const token = tokens[i]!;
    if (!LANGUAGE_TOKEN.test(token)) continue;
    const next = tokens[i + 1];
    if (next === undefined || next.startsWith('http') || next === firstTitleToken || /^\d+$/.test(next)) {
      language = token.slice(0, 2);
    }
  }
  return { link, language };
}

function readHeader(line: string, first: boolean): Header {
  const urls = [...line.matchAll(URL)];
  let titleStart = 0;
  let item: RegExpExecArray | RegExpMatchArray | undefined = urls[0];
  if (first) {
    const dates = [...line.matchAll(DATE_IN_LINE)];
    const lastDate = dates[dates.length - 1];
    const dateEnd = lastDate ? lastDate.index! + lastDate[0].length : 0;
    const channelLink = urls[0]?.[0];
    item = lastDate
      ? urls.find((u) => u.index! >= dateEnd)
      : urls.find((u, i) => i > 0 && u[0] !== channelLink && !NOT_ITEM_LINK.test(u[0]));
    if (item) {
      const previous = urls.filter((u) => u.index! < item!.index!).pop();
      titleStart = Math.max(dateEnd, previous ? previous.index! + previous[0].length : 0);
    }
  }
  if (!item) return { title: line, bodyStart: '' };
  const title = line.slice(titleStart, item.index).trim();
  const rest = line.slice(item.index! + item[0].length).trim();
  const teaser = TEASER_END.exec(rest);
  const header: Header = teaser
    ? {
        title,
        url: item[0],
        summary: rest.slice(0, teaser.index).trim(),
        bodyStart: rest.slice(teaser.index + teaser[0].length).trim(),
      }
    : { title, url: item[0], summary: rest || undefined, bodyStart: '' };
  if (first && titleStart > 0) header.channel = readChannel(line.slice(0, titleStart).trim());
  return header;
}

function toDraft(
  chunk: readonly string[],
  published: string | undefined,
  first: boolean,
): { draft?: ItemDraft; channel?: Channel } {
  let h = 0;
  while (h < chunk.length && !chunk[h]) h++;
  if (h === chunk.length) return {};
  const header = readHeader(chunk[h]!, first);
  const paragraphs = [header.bodyStart, ...chunk.slice(h + 1)];
  // Without a truncated teaser, the header's description is the only text when no paragraphs follow.
  const text = joinParagraphs(paragraphs) || header.summary || '';
  const draft: ItemDraft = {
    title: header.title,
    url: header.url,
    published,
    summary: header.summary,
    text,
    typeHint: 'news',
  };
  return { draft, channel: header.channel };
}

/** Splits a flattened feed into news items; the channel's host and language apply to every item. */
export function parseFlattenedFeed(lines: readonly string[], warnings: string[]): ItemDraft[] {
  const drafts: ItemDraft[] = [];
  let channel: Channel | undefined;
  let chunk: string[] = [];
  const close = (published: string | undefined) => {
    const result = toDraft(chunk, published, channel === undefined);
    channel ??= result.channel ?? {};
    if (result.draft) drafts.push(result.draft);
    chunk = [];
  };
  for (const line of lines) {
    const date = line ? standaloneDate(line) : undefined;
    if (date) close(date);
    else chunk.push(line);
  }
  if (chunk.some(Boolean)) {
    close(undefined);
    warnings.push(`The last item ("${drafts[drafts.length - 1]?.title ?? ''}") has no date after its text.`);
  }
  const organization = channel?.link ? hostOf(channel.link) : undefined;
  for (const d of drafts) {
    d.sourceOrganization = organization ?? (d.url ? hostOf(d.url) : undefined);
    if (channel?.language) d.language = channel.language;
  }
  return drafts;
}
