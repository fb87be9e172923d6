/** Names the kind of a decoded document from its first element, the way a feed reader sniffs a response. */

export type DetectedFormat =
  /** RSS 0.9x/2.0 (`<rss>`) or RSS 1.0 (`<rdf:RDF>`). */
  | 'rss'
  /** Atom 0.3/1.0 (`<feed>`). */
  | 'atom'
  /** JSON Feed 1.0/1.1: a JSON object whose "version" names jsonfeed.org, or served as application/feed+json. */
  | 'json-feed'
  /** Other JSON: recognised so it can be refused by name rather than read as text. */
  | 'json'
  | 'html'
  /** Some other XML vocabulary (OPML, sitemap…): recognised so it can be refused by name rather than read as text. */
  | 'xml'
  | 'text';

export interface Detection {
  format: DetectedFormat;
  /** The root element's name, for messages ("an XML document whose root is <opml>"). */
  root?: string;
}

const HTML_ROOTS = new Set(['html', 'head', 'body', 'div', 'p', 'article', 'section', 'main', 'table', 'h1', 'h2']);

/** Detects the format of a decoded document. */
export function detectFormat(text: string, contentType?: string): Detection {
  const json = detectJson(text, contentType);
  if (json) return json;
  const head = skipProlog(text.slice(0, 65536));
  if (/^<!doctype\s+html/i.test(head)) return { format: 'html', root: 'html' };
  const root = head.match(/^<([A-Za-z_][\w.-]*(?::[\w.-]+)?)[\s/>]/)?.[1];
  if (root) {
    const local = root.toLowerCase().replace(/^.*:/, '');
    if (local === 'rss' || local === 'rdf') return { format: 'rss', root };
    if (local === 'feed') return { format: 'atom', root };
    if (HTML_ROOTS.has(local)) return { format: 'html', root };
    if (/^\s*<\?xml/i.test(text) || /xml/i.test(contentType ?? '') || head.includes(`</${root}>`)) {
      return { format: 'xml', root };
    }
  }
  if (/html/i.test(contentType ?? '') && /<(html|body|p|div)[\s>]/i.test(head)) return { format: 'html', root: 'html' };
  return { format: 'text' };
}

const JSON_FEED_VERSION = /"version"\s*:\s*"https?:\/\/(?:www\.)?jsonfeed\.org\/version\//i;

/**
 * JSON Feed by its version (anywhere in the first 64 KiB, since key order is free), its keys or its media type; other JSON by
 * its shape: an object or array that starts like JSON and ends with its closing bracket.
 */
function detectJson(text: string, contentType: string | undefined): Detection | undefined {
  const head = text
    .slice(0, 65536)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (!head.startsWith('{') && !head.startsWith('[')) return undefined;
  const feedKeys = /"items"\s*:\s*\[/.test(head) && /"(?:home_page_url|feed_url)"\s*:/.test(head);
  if (head.startsWith('{') && (JSON_FEED_VERSION.test(head) || feedKeys || /feed\+json/i.test(contentType ?? ''))) {
    return { format: 'json-feed' };
  }
  const startsLikeJson = /^(?:\{\s*(?:"|\})|\[\s*(?:[[{"\d\]-]|true|false|null))/.test(head);
  const end = text.trimEnd().slice(-1);
  return startsLikeJson && (end === '}' || end === ']') ? { format: 'json' } : undefined;
}

/** Drops leading whitespace, the XML declaration, processing instructions, comments and the doctype of a feed. */
function skipProlog(text: string): string {
  let rest = text.replace(/^\uFEFF/, '').trimStart();
  for (;;) {
    const next = rest
      .replace(/^<\?[\s\S]*?\?>/, '')
      .replace(/^<!--[\s\S]*?-->/, '')
      .replace(/^<!doctype\s+(?!html)[^>[]*(\[[\s\S]*?\])?\s*>/i, '')
      .trimStart();
    if (next === rest) return rest;
    rest = next;
  }
}
