/**
 * An HTML e-mail body as the reader sees it: a sequence of lines (one per paragraph, heading, table cell or
 * `<br>`-separated run), each with its links and whether it looks like a heading (h1–h6, or all bold or large).
 * Newsletters are nested tables whose markup says little; how a line looks is what tells a story heading apart.
 */

import { DomUtils, ElementType, parseDocument } from 'htmlparser2';

type DomNode = ReturnType<typeof parseDocument>['children'][number];

/** A run of text, with the link it belongs to when it is inside `<a href>`. */
export interface Segment {
  text: string;
  href?: string;
}

export interface HtmlLine {
  text: string;
  segments: Segment[];
  /** 1–6 inside h1–h6, else 0. */
  headingLevel: number;
  /** Every letter of the line is bold or large type. */
  emphasized: boolean;
  /** Inside a list item: lists of publications or vacancies put one item per `<li>`. */
  listItem: boolean;
}

export interface HtmlLines {
  lines: HtmlLine[];
  /** `<base href>`, for relative links. */
  baseUrl?: string;
  /** Primary subtag of `<html lang>`. */
  language?: string;
}

const SKIPPED = new Set(['script', 'style', 'head', 'title', 'noscript', 'template', 'svg', 'img', 'select', 'map']);
const BLOCKS = new Set([
  ...['p', 'div', 'table', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'li', 'ul', 'ol', 'dl', 'dt', 'dd'],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'center', 'section', 'article', 'header', 'footer'],
  ...['hr', 'pre', 'address', 'figure', 'figcaption', 'caption', 'main', 'nav', 'aside'],
]);
// Zero-width and invisible characters that e-mail builders pad preview texts with.
const INVISIBLE = /\u034f|[\u00ad\u200b-\u200d\u2060\ufeff]/g;

interface Style {
  bold: boolean;
  large: boolean;
  heading: number;
  href?: string;
  listItem: boolean;
}

/** Reads an HTML e-mail body into lines. */
export function htmlLines(html: string): HtmlLines {
  const document = parseDocument(html);
  const builder = new LineBuilder();
  const walk = (node: DomNode, style: Style): void => {
    if (node.type === ElementType.Text) {
      builder.text(node.data, style);
      return;
    }
    if (node.type !== ElementType.Tag) return; // comments, doctypes, and <script>/<style>, which are never content
    const name = node.name.toLowerCase();
    if (SKIPPED.has(name) || isHidden(node.attribs)) return;
    if (name === 'br') {
      builder.breakLine();
      return;
    }
    const inner = styleOf(name, node.attribs, style);
    const block = BLOCKS.has(name);
    if (block) builder.breakLine();
    for (const child of node.children) walk(child, inner);
    if (block) builder.breakLine();
  };
  for (const child of document.children) walk(child, { bold: false, large: false, heading: 0, listItem: false });
  builder.breakLine();
  const base = DomUtils.findOne((e) => e.name === 'base' && !!e.attribs.href, document.children, true);
  const htmlElement = DomUtils.findOne((e) => e.name === 'html', document.children, false);
  const language = htmlElement?.attribs.lang?.split(/[-_]/)[0]?.toLowerCase();
  return { lines: builder.lines, baseUrl: base?.attribs.href?.trim() || undefined, language: language || undefined };
}

function styleOf(name: string, attribs: Record<string, string>, outer: Style): Style {
  const style = { ...outer };
  const heading = /^h([1-6])$/.exec(name);
  if (heading) style.heading = Number(heading[1]);
  if (name === 'b' || name === 'strong') style.bold = true;
  if (name === 'li') style.listItem = true;
  if (name === 'a' && attribs.href !== undefined) style.href = attribs.href.trim();
  if (name === 'font' && Number(attribs.size) >= 4) style.large = true;
  const css = attribs.style?.toLowerCase();
  if (css) {
    const weight = /(?:^|;)\s*font-weight\s*:\s*([a-z0-9]+)/.exec(css)?.[1];
    if (weight) style.bold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
    const size = /(?:^|;)\s*font-size\s*:\s*([\d.]+)\s*(px|pt|em|rem)?/.exec(css);
    if (size) style.large = isLarge(Number(size[1]), size[2] ?? 'px');
  }
  return style;
}

/** Body text in e-mails is 12–16px; a heading is larger. */
function isLarge(value: number, unit: string): boolean {
  if (unit === 'pt') return value >= 13.5;
  if (unit === 'em' || unit === 'rem') return value >= 1.15;
  return value >= 18;
}

/** Hidden preview texts ("preheaders") and elements shown only to some clients. */
function isHidden(attribs: Record<string, string>): boolean {
  if ('hidden' in attribs || attribs['aria-hidden'] === 'true') return true;
  const css = attribs.style?.toLowerCase().replace(/\s+/g, '');
  if (!css) return false;
  return (
    /(?:^|;)(?:display:none|visibility:hidden|mso-hide:all|font-size:0(?:px)?(?:;|$)|max-height:0(?:px)?(?:;|$))/.test(
      css,
    ) ||
    (/(?:^|;)(?:max-)?height:[01]px/.test(css) && css.includes('overflow:hidden'))
  );
}

/** Collects text runs into lines; a line ends at a block boundary or a `<br>`. */
class LineBuilder {
  readonly lines: HtmlLine[] = [];
  private segments: Segment[] = [];
  private letters = 0;
  private emphasizedLetters = 0;
  private headingLevel = 0;
  private listItem = false;

  text(raw: string, style: Style): void {
    const text = raw.replace(INVISIBLE, '').replace(/[\s\u00a0]+/g, ' ');
    if (text === '') return;
    const last = this.segments[this.segments.length - 1];
    if (last && last.href === style.href) last.text += text;
    else this.segments.push(style.href === undefined ? { text } : { text, href: style.href });
    const letters = text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
    this.letters += letters;
    if (style.bold || style.large || style.heading > 0) this.emphasizedLetters += letters;
    if (letters > 0 && style.heading > 0) this.headingLevel = this.headingLevel || style.heading;
    if (letters > 0 && style.listItem) this.listItem = true;
  }

  breakLine(): void {
    const segments = tidy(this.segments);
    const text = segments
      .map((s) => s.text)
      .join('')
      .trim();
    if (text !== '' && this.letters > 0) {
      this.lines.push({
        text,
        segments,
        headingLevel: this.headingLevel,
        emphasized: this.emphasizedLetters === this.letters,
        listItem: this.listItem,
      });
    }
    this.segments = [];
    this.letters = 0;
    this.emphasizedLetters = 0;
    this.headingLevel = 0;
    this.listItem = false;
  }
}

/** Trims the line's ends and collapses the spaces where two runs meet. */
function tidy(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  let previousEndsInSpace = true;
  for (const segment of segments) {
    const text: string = previousEndsInSpace ? segment.text.replace(/^ /, '') : segment.text;
    if (text === '') continue;
    previousEndsInSpace = text.endsWith(' ');
    out.push({ ...segment, text });
  }
  const last = out[out.length - 1];
  if (last) {
    last.text = last.text.replace(/ $/, '');
    if (last.text === '') out.pop();
  }
  return out;
}
