import { DomUtils, parseDocument } from 'htmlparser2';
import sanitize from 'sanitize-html';
import { isTrackingImage } from './trackers.js';

const ALLOWED_TAGS = [
  'p',
  'br',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'a',
  'strong',
  'em',
  'b',
  'i',
  'code',
  'pre',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'caption',
  'img',
  'figure',
  'figcaption',
];

/** Disallowed elements whose text must not leak into the result either. */
const DROPPED_WITH_CONTENT = [
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'option',
  'select',
  'button',
  'svg',
  'math',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'canvas',
  'audio',
  'video',
  'head',
  'title',
];

/**
 * The one allow-list sanitiser every stored HTML body passes through: article tags only, http/https/mailto links
 * made absolute against `baseUrl`, links marked `rel="nofollow noopener"`, no scripts, styles, frames, forms,
 * event handlers or hidden content, tracking pixels removed. Returns '' when nothing worth showing is left.
 */
export function sanitizeHtml(html: string, baseUrl?: string): string {
  const result = sanitize(removeUnwanted(html, baseUrl), {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: { a: ['href', 'title', 'rel'], img: ['src', 'alt', 'width', 'height'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['http', 'https'] },
    allowedSchemesAppliedToAttributes: ['href', 'src'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    nonTextTags: DROPPED_WITH_CONTENT,
    transformTags: {
      a: (tagName, attribs) => {
        const href = absolute(attribs.href, baseUrl);
        const kept: Record<string, string> = {};
        if (href) kept.href = href;
        if (attribs.title) kept.title = attribs.title;
        return { tagName, attribs: { ...kept, rel: 'nofollow noopener' } };
      },
      img: (tagName, attribs) => {
        const src = absolute(attribs.src, baseUrl);
        return { tagName, attribs: src ? { ...attribs, src } : {} };
      },
    },
  });
  return isEmpty(result) ? '' : result.trim();
}

/**
 * First pass: removes, with everything inside them, elements the author hid and images that show nothing
 * (tracking pixels, no usable source). It runs before the allow-list because the allow-list strips the very
 * attributes (style, hidden, width) that reveal them. It works on a DOM and filters child lists in one sweep:
 * sanitize-html's own filter copies the whole output per removed element, and renaming tags to drop them
 * trips a sanitize-html bug that mislabels closing tags.
 */
function removeUnwanted(html: string, baseUrl: string | undefined): string {
  // Only an img (or image) tag or a hidden/aria-hidden/style attribute can be removed here, and tag and attribute
  // names are never entity-encoded: without any of these words the DOM pass returns its input, so it is skipped.
  if (!MAY_HOLD_UNWANTED.test(html)) return html;
  const document = parseDocument(html);
  let removed = false;
  const prune = (node: { children: DomNode[] }): void => {
    const kept = node.children.filter((child) => {
      if (!('attribs' in child)) return true;
      const unwanted = isHidden(child.attribs) || (child.name === 'img' && isUnwantedImage(child.attribs, baseUrl));
      if (unwanted) removed = true;
      else prune(child);
      return !unwanted;
    });
    if (kept.length !== node.children.length) node.children = kept;
  };
  prune(document);
  return removed ? DomUtils.getOuterHTML(document, { encodeEntities: 'utf8' }) : html;
}

// htmlparser2 reads <image> as img, as browsers do.
const MAY_HOLD_UNWANTED = /<img|<image|hidden|style/i;

type DomNode = ReturnType<typeof parseDocument>['children'][number];

function isUnwantedImage(attribs: Record<string, string>, baseUrl: string | undefined): boolean {
  const src = absolute(attribs.src, baseUrl);
  return !src || isTrackingImage({ ...attribs, src });
}

/** An absolute http(s)/mailto URL for a possibly relative one; undefined when it cannot be made safe. */
function absolute(url: string | undefined, baseUrl: string | undefined): string | undefined {
  // Browsers ignore control characters and spaces inside schemes ("java\tscript:"); so must we.
  const cleaned = url?.replace(/\p{Cc}/gu, '').trim();
  if (!cleaned) return undefined;
  try {
    const resolved = baseUrl ? new URL(cleaned, baseUrl) : new URL(cleaned);
    return ['http:', 'https:', 'mailto:'].includes(resolved.protocol) ? resolved.href : undefined;
  } catch {
    // Without a base a relative URL cannot be resolved; keep it only if it is a plain path.
    return !baseUrl && /^[/.\w][^:]*$/.test(cleaned) && !cleaned.startsWith('//') ? cleaned : undefined;
  }
}

function isHidden(attribs: Record<string, string>): boolean {
  if ('hidden' in attribs || attribs['aria-hidden'] === 'true') return true;
  const style = attribs.style?.toLowerCase().replace(/\s+/g, '');
  return !!style && /(^|;)(display:none|visibility:hidden|opacity:0(;|$)|font-size:0)/.test(style);
}

function isEmpty(html: string): boolean {
  if (/<img\s/i.test(html)) return false;
  return (
    html
      .replace(/<[^>]*>/g, '')
      .replace(/&nbsp;|&#160;|\u00a0/g, '')
      .trim() === ''
  );
}
