import { Parser } from 'htmlparser2';

/** Elements whose text is not content a reader sees. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'select',
  'button',
]);

/** Elements that start a new paragraph. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'details',
  'dialog',
  'div',
  'dl',
  'fieldset',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
]);

/** Elements that start a new line but not a new paragraph. */
const LINES = new Set(['li', 'tr', 'dt', 'dd', 'figcaption', 'caption', 'summary', 'option', 'legend']);

/** Table cells are separated by a space on the row's line. */
const CELLS = new Set(['td', 'th']);

/**
 * Plain text of an HTML fragment or page: paragraphs separated by one blank line, `<br>` and list items on their
 * own lines, scripts, styles and hidden elements dropped, entities decoded, whitespace collapsed.
 * Streams through htmlparser2 without building a DOM, so it is fast on large pages.
 */
export function htmlToText(html: string): string {
  const writer = new TextWriter();
  const hiddenStack: boolean[] = [];
  let hiddenDepth = 0;
  let preDepth = 0;

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const hidden = hiddenDepth > 0 || DROPPED.has(name) || isHidden(attribs);
        hiddenStack.push(hidden);
        if (hidden) {
          hiddenDepth++;
          return;
        }
        if (name === 'pre') preDepth++;
        if (name === 'br') writer.lineBreak();
        else if (BLOCKS.has(name)) writer.paragraphBreak();
        else if (LINES.has(name)) writer.newLine();
        else if (CELLS.has(name)) writer.space();
      },
      ontext(text) {
        if (hiddenDepth === 0) writer.text(text, preDepth > 0);
      },
      onclosetag(name) {
        // htmlparser2 closes every element it opened (void and implied ones too), so the stack stays balanced.
        const hidden = hiddenStack.pop();
        if (hidden) {
          hiddenDepth--;
          return;
        }
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        if (BLOCKS.has(name)) writer.paragraphBreak();
        else if (LINES.has(name)) writer.newLine();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return writer.toString();
}

function isHidden(attribs: Record<string, string>): boolean {
  if ('hidden' in attribs) return true;
  if (attribs['aria-hidden'] === 'true') return true;
  const style = attribs.style?.toLowerCase().replace(/\s+/g, '');
  return !!style && /(^|;)(display:none|visibility:hidden)/.test(style);
}

/**
 * Accumulates text with pending breaks, so breaks collapse (a `<p>` inside a `<div>` gives one blank line).
 * Chunks go in an array and are joined once: reading the end of a long `+=` string flattens it each time.
 */
class TextWriter {
  private readonly parts: string[] = [];
  /** 0 none, 1 newline, 2 blank line; the strongest requested break wins. */
  private pending = 0;

  text(raw: string, preformatted: boolean): void {
    let text = preformatted ? raw.replace(/\r\n?/g, '\n') : raw.replace(/[\s\u00a0]+/g, ' ');
    if (!preformatted && text === ' ' && (this.pending > 0 || this.atLineStart())) return;
    if (text.length === 0) return;
    if (this.pending > 0 && this.parts.length > 0) {
      this.trimTrailingSpaces();
      this.parts.push(this.pending === 2 ? '\n\n' : '\n');
    }
    this.pending = 0;
    if (!preformatted && (this.atLineStart() || this.lastChar() === ' ')) text = text.replace(/^ /, '');
    if (text) this.parts.push(text);
  }

  space(): void {
    if (!this.atLineStart() && this.pending === 0 && this.lastChar() !== ' ') this.parts.push(' ');
  }

  newLine(): void {
    this.pending = Math.max(this.pending, 1);
  }

  /** `<br>`: two in a row make a paragraph break, as authors who write `<br><br>` intend. */
  lineBreak(): void {
    if (this.parts.length > 0) this.pending = Math.min(2, this.pending + 1);
  }

  paragraphBreak(): void {
    this.pending = 2;
  }

  toString(): string {
    return this.parts
      .join('')
      .split('\n')
      .map((line) => line.replace(/[ \t]+$/, ''))
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }

  private lastChar(): string {
    const last = this.parts[this.parts.length - 1];
    return last ? last.charAt(last.length - 1) : '';
  }

  private atLineStart(): boolean {
    const last = this.lastChar();
    return last === '' || last === '\n';
  }

  private trimTrailingSpaces(): void {
    for (;;) {
      const last = this.parts.pop();
      if (last === undefined) return;
      const trimmed = last.replace(/[ \t]+$/, '');
      if (trimmed) {
        this.parts.push(trimmed);
        return;
      }
    }
  }
}
