import { generateOpml, type Opml } from 'feedsmith';
import type { ItemType } from '../../domain/item.js';
import { OPML_INTERVAL_ATTRIBUTE, OPML_TYPE_ATTRIBUTE } from './attributes.js';

/** What an OPML export needs of a source. */
export interface OpmlFeed {
  url: string;
  name: string;
  type?: ItemType;
  /** Written only for a fixed interval, so another hub reading it back polls as this one does. */
  intervalMinutes?: number;
}

const EXTRA = [OPML_TYPE_ATTRIBUTE, OPML_INTERVAL_ATTRIBUTE] as const;

/** An OPML 2.0 subscription list of the feeds, readable by any feed reader. */
export function writeOpml(feeds: readonly OpmlFeed[], options: { title: string; now?: Date }): string {
  const outlines: Opml.Outline<Date, typeof EXTRA>[] = feeds.map((feed) => {
    const outline: Opml.Outline<Date, typeof EXTRA> = {
      text: feed.name,
      title: feed.name,
      type: 'rss',
      xmlUrl: feed.url,
    };
    if (feed.type) outline[OPML_TYPE_ATTRIBUTE] = feed.type;
    if (feed.intervalMinutes) outline[OPML_INTERVAL_ATTRIBUTE] = String(feed.intervalMinutes);
    return outline;
  });
  // feedsmith follows the OPML rule that a body holds at least one outline; an empty list is still worth a file.
  if (outlines.length === 0) return emptyOpml(options.title);
  return generateOpml(
    { head: { title: options.title, dateCreated: options.now ?? new Date() }, body: { outlines } },
    { extraOutlineAttributes: EXTRA },
  );
}

function emptyOpml(title: string): string {
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<?xml version="1.0" encoding="utf-8"?>\n<opml version="2.0">\n  <head>\n    <title>${escaped}</title>\n  </head>\n  <body/>\n</opml>\n`;
}
