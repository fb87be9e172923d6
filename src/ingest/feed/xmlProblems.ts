import { Parser } from 'htmlparser2';

/**
 * Describes, in plain words, why an XML document is not well-formed (unclosed or stray tags, bare ampersands).
 * The feed library reads malformed feeds without complaint; these sentences become warnings so that a
 * source's owner learns that some entries may have been lost.
 */
export function xmlProblems(xml: string, limit = 3): string[] {
  // Almost every feed is well-formed: one quick scan proves it, and only a doubtful one gets the full analysis.
  return looksWellFormed(xml) ? [] : describeProblems(xml, limit);
}

function describeProblems(xml: string, limit: number): string[] {
  const problems: string[] = [];
  const add = (problem: string) => {
    if (problems.length < limit && !problems.includes(problem)) problems.push(problem);
  };
  // htmlparser2 reports a self-closing tag's close as implied too, so remember which opening tags were `<x/>`.
  const selfClosing: boolean[] = [];
  const parser: Parser = new Parser(
    {
      onopentag() {
        selfClosing.push(xml.slice(parser.startIndex, parser.endIndex + 1).endsWith('/>'));
      },
      onclosetag(name, isImplied) {
        if (!selfClosing.pop() && isImplied) add(`the <${name}> element is never closed`);
      },
    },
    { xmlMode: true },
  );
  parser.write(xml);
  parser.end();
  const bareAmpersand = stripCdataAndComments(xml).match(/&(?!(?:[A-Za-z][\w.-]*|#\d+|#x[\dA-Fa-f]+);)/);
  if (bareAmpersand) add('it contains a bare "&" that should be written "&amp;"');
  // htmlparser2 ignores a closing tag that matches no open element, so count tags to spot those.
  if (strayClosingTag(xml)) add('it has a closing tag without a matching opening tag');
  return problems;
}

function stripCdataAndComments(xml: string): string {
  return xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '').replace(/<!--[\s\S]*?-->/g, '');
}

function strayClosingTag(xml: string): boolean {
  const counts = new Map<string, number>();
  const body = stripCdataAndComments(xml);
  for (const match of body.matchAll(/<(\/?)([A-Za-z_][\w:.-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = match;
    if (selfClosing || !name) continue;
    const count = (counts.get(name) ?? 0) + (closing ? -1 : 1);
    if (count < 0) return true;
    counts.set(name, count);
  }
  return false;
}

/**
 * True when a simple scan finds nothing doubtful: every tag closed in order, every "&" an entity, comments, CDATA
 * and processing instructions terminated, no "<" or ">" inside attribute values. False means "maybe not
 * well-formed", never "well-formed after all": anything unusual sends the document to the full analysis.
 */
function looksWellFormed(xml: string): boolean {
  const hasBareAmpersand = ampersandChecker(xml);
  const open: string[] = [];
  const length = xml.length;
  let i = 0;
  while (i < length) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? length : lt;
    if (hasBareAmpersand(i, textEnd)) return false;
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */) {
      if (xml.startsWith('<!--', lt)) i = skipPast(xml, '-->', lt + 4);
      else if (xml.startsWith('<![CDATA[', lt)) i = skipPast(xml, ']]>', lt + 9);
      else if (xml.startsWith('<!DOCTYPE', lt) && open.length === 0) {
        const end = xml.indexOf('>', lt);
        if (end < 0 || xml.lastIndexOf('[', end) > lt || hasBareAmpersand(lt, end)) return false;
        i = end + 1;
      } else return false;
      if (i < 0) return false;
      continue;
    }
    if (next === 0x3f /* ? */) {
      i = skipPast(xml, '?>', lt + 2);
      if (i < 0 || hasBareAmpersand(lt, i)) return false;
      continue;
    }
    const closing = next === 0x2f; /* / */
    const nameStart = closing ? lt + 2 : lt + 1;
    let nameEnd = nameStart;
    while (nameEnd < length && isNameChar(xml.charCodeAt(nameEnd), nameEnd === nameStart)) nameEnd++;
    if (nameEnd === nameStart || !isNameEnd(xml.charCodeAt(nameEnd))) return false;
    const end = tagEnd(xml, nameEnd);
    if (end < 0) return false;
    const name = xml.slice(nameStart, nameEnd);
    if (closing) {
      if (open.pop() !== name || !/^\s*$/.test(xml.slice(nameEnd, end))) return false;
    } else {
      if (hasBareAmpersand(nameEnd, end)) return false;
      if (xml.charCodeAt(end - 1) !== 0x2f) open.push(name);
    }
    i = end + 1;
  }
  return open.length === 0;
}

function skipPast(xml: string, marker: string, from: number): number {
  const at = xml.indexOf(marker, from);
  return at < 0 ? -1 : at + marker.length;
}

/** Letters, digits, "_", ":", ".", "-" (a digit, "." or "-" not first), ASCII only: anything else is doubtful. */
function isNameChar(c: number, first: boolean): boolean {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a) return true;
  return !first && ((c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2d);
}

/** Whitespace, "/" or ">": what may follow a tag name. */
function isNameEnd(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2f || c === 0x3e;
}

/** Index of the ">" ending a tag, or -1 when it is missing or an attribute value holds "<" or ">". */
function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let i = from; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
      else if (c === 0x3c || c === 0x3e) return -1;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return i;
    else if (c === 0x3c) return -1;
  }
  return -1;
}

const ENTITY = /^&(?:[A-Za-z][\w.-]*|#\d+|#x[\dA-Fa-f]+);/;

/** Finds "&" that start no entity, in ranges visited in document order (one indexOf sweep over the document). */
function ampersandChecker(xml: string): (from: number, to: number) => boolean {
  let next = xml.indexOf('&');
  return (from, to) => {
    if (next >= 0 && next < from) next = xml.indexOf('&', from);
    while (next >= 0 && next < to) {
      if (!ENTITY.test(xml.slice(next, next + 40))) return true;
      next = xml.indexOf('&', next + 1);
    }
    return false;
  };
}
