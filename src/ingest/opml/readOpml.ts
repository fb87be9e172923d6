import { type Opml, parseOpml } from 'feedsmith';
import { IngestError } from '../../domain/errors.js';
import { type ItemType, isItemType } from '../../domain/item.js';
import { OPML_INTERVAL_ATTRIBUTE, OPML_TYPE_ATTRIBUTE } from './attributes.js';

/** One feed listed in an OPML file. */
export interface OpmlEntry {
  url: string;
  /** The outline's text or title, when it has one. */
  name?: string;
  type?: ItemType;
  /** A fixed interval written by the hub's own export. */
  intervalMinutes?: number;
  /** Names of the folders (parent outlines) the feed is filed under, outermost first. */
  folders: string[];
}

const EXTRA = [OPML_TYPE_ATTRIBUTE, OPML_INTERVAL_ATTRIBUTE] as const;
type Outline = Opml.Outline<string, typeof EXTRA>;

/**
 * The feeds of an OPML subscription list: every outline with an `xmlUrl`, however deeply nested in folders.
 * Throws IngestError `invalid_opml` when the file is not OPML.
 */
export function readOpml(text: string, file: string): OpmlEntry[] {
  let document: Opml.Document<string, typeof EXTRA>;
  try {
    document = parseOpml(text, { extraOutlineAttributes: EXTRA });
  } catch (error) {
    throw new IngestError(
      'invalid_opml',
      `${file}: this is not an OPML subscription list (an XML file with <opml> and <outline> elements).`,
      { cause: error },
    );
  }
  const entries: OpmlEntry[] = [];
  const walk = (outlines: Outline[] | undefined, folders: string[]) => {
    for (const outline of outlines ?? []) {
      const name = label(outline);
      const url = outline.xmlUrl?.trim();
      if (url) entries.push(toEntry(outline, url, name, folders));
      walk(outline.outlines, name ? [...folders, name] : folders);
    }
  };
  walk(document.body?.outlines, []);
  return entries;
}

function toEntry(outline: Outline, url: string, name: string | undefined, folders: string[]): OpmlEntry {
  const entry: OpmlEntry = { url, folders };
  if (name) entry.name = name;
  const type = outline[OPML_TYPE_ATTRIBUTE];
  if (typeof type === 'string' && isItemType(type)) entry.type = type;
  const interval = Number(outline[OPML_INTERVAL_ATTRIBUTE]);
  if (Number.isInteger(interval) && interval > 0) entry.intervalMinutes = interval;
  return entry;
}

function label(outline: Outline): string | undefined {
  // Exporters disagree on which attribute holds the name; `text` is the one OPML requires.
  const text = typeof outline.text === 'string' ? outline.text : undefined;
  return (text ?? outline.title)?.trim() || undefined;
}
