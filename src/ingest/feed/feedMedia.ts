/**
 * Media RSS (`media:content`, `media:thumbnail`, `media:description`, inside `media:group` or not), RSS enclosures
 * and Atom `rel="enclosure"` links: a description for entries that have no text of their own, and the media
 * addresses, without the tracking pixels some publishers slip in as thumbnails.
 */
import { elementBase, type FeedBases, resolveUrl } from './feedBase.js';
import { fieldText, looksLikeHtml, type XmlElementLike } from './feedFields.js';

const MRSS = /^https?:\/\/search\.yahoo\.com\/mrss\/?$/;

/** One media file an entry points to. */
export interface FeedMedia {
  url: string;
  kind: 'content' | 'thumbnail' | 'enclosure';
  mimeType?: string;
}

/** Plain text of the entry's media:description (on the entry, its media:content or media:group), or ''. */
export function mediaDescription(entry: XmlElementLike): string {
  for (const holder of mediaHolders(entry)) {
    const description = holder.findElementsWithName('description').find(isMrss);
    const text = description?.textContentNormalized ?? '';
    if (!text) continue;
    const isHtml = description?.getAttribute('type')?.toLowerCase() === 'html' || looksLikeHtml(text);
    const plain = fieldText(text, isHtml);
    if (plain) return plain;
  }
  return '';
}

/** The media files of an entry, absolute, in document order, trackers left out. */
export function entryMedia(entry: XmlElementLike, bases: FeedBases): FeedMedia[] {
  const found: FeedMedia[] = [];
  const add = (element: XmlElementLike, attribute: string, kind: FeedMedia['kind']) => {
    const url = resolveUrl(element.getAttribute(attribute), elementBase(element, bases));
    if (!url || isTracker(url, element) || found.some((media) => media.url === url)) return;
    const mimeType = element.getAttribute('type')?.toLowerCase();
    found.push(mimeType ? { url, kind, mimeType } : { url, kind });
  };
  for (const enclosure of entry.findElementsWithName('enclosure')) add(enclosure, 'url', 'enclosure');
  for (const link of entry.findElementsWithName('link')) {
    if (link.getAttribute('rel') === 'enclosure') add(link, 'href', 'enclosure');
  }
  for (const holder of mediaHolders(entry)) {
    for (const content of holder.findElementsWithName('content').filter(isMrss)) add(content, 'url', 'content');
    for (const thumbnail of holder.findElementsWithName('thumbnail').filter(isMrss)) add(thumbnail, 'url', 'thumbnail');
  }
  return found;
}

/** Hosts and paths of open-tracking and analytics beacons that pose as images. */
const TRACKERS: RegExp[] = [
  /\/\/[^/]*(?:doubleclick\.net|google-analytics\.com|googletagmanager\.com|scorecardresearch\.com|quantserve\.com)\//i,
  /\/\/[^/]*(?:list-manage\.com\/track|sendgrid\.net\/wf\/open|mandrillapp\.com\/track)/i,
  /\/\/feeds\.feedburner\.com\/~r\//i,
  /\/\/(?:pixel|beacon|tracker|track|stats)\.[^/]+\//i,
  /\/(?:pixel|beacon|tracking|track|open|1x1|spacer|blank)(?:\.(?:gif|png|php)|\/|\?|$)/i,
];

/** A tracking pixel: 1×1 or smaller, or served from a known beacon address. */
export function isTracker(url: string, element?: XmlElementLike): boolean {
  const width = Number.parseInt(element?.getAttribute('width') ?? '', 10);
  const height = Number.parseInt(element?.getAttribute('height') ?? '', 10);
  if ((width >= 0 && width <= 1) || (height >= 0 && height <= 1)) return true;
  return TRACKERS.some((pattern) => pattern.test(url));
}

/** The entry, its media:group elements and the media:content inside both: where Media RSS children may sit. */
function mediaHolders(entry: XmlElementLike): XmlElementLike[] {
  const groups = entry.findElementsWithName('group').filter(isMrss);
  const levels = [entry, ...groups];
  const contents = levels.flatMap((level) => level.findElementsWithName('content').filter(isMrss));
  return [...levels, ...contents];
}

/** In the Media RSS namespace, or written with its usual "media:" prefix when the feed forgot to declare it. */
function isMrss(element: XmlElementLike): boolean {
  const uri = element.namespaceUri;
  return uri ? MRSS.test(uri) : element.namespace === 'media';
}
