/** Line handling shared by every text shape: one normalisation, one paragraph convention. */

const LINE_BREAK = /\r\n?|\n|\u2028|\u2029/;
// Non-breaking and other odd spaces become plain spaces; runs of spaces collapse to one.
const ODD_SPACES = /[\t\u00a0\u2000-\u200a\u202f\u205f\u3000\ufeff]/g;
const SPACE_RUN = / {2,}/g;

/** Splits a dump into lines, trimmed, with odd spaces made plain and runs of spaces collapsed; blank lines are "". */
export function toLines(text: string): string[] {
  const raw = text.split(LINE_BREAK);
  const lines = new Array<string>(raw.length);
  for (let i = 0; i < raw.length; i++) {
    lines[i] = raw[i]!.replace(ODD_SPACES, ' ').replace(SPACE_RUN, ' ').trim();
  }
  return lines;
}

/** Joins paragraphs into a body: one blank line between them, empty ones dropped. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  let body = '';
  for (const p of paragraphs) {
    const t = p.trim();
    if (!t) continue;
    body = body ? `${body}\n\n${t}` : t;
  }
  return body;
}

/** Word count without allocating an array. */
export function wordCount(line: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const space = line.charCodeAt(i) === 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** A regex matching any of the alternatives as whole words; unlike \b it also works next to accented letters. */
export function wordRegex(alternation: string, flags = 'iu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, flags);
}
