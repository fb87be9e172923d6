/**
 * JSON read the way a lenient reader reads it: the mistakes hand-written and hand-templated JSON feeds make —
 * trailing commas, comments, raw line breaks inside strings, a file cut off mid-way — are repaired and named;
 * anything else is reported with its line and column in words.
 */

/** What was read, and the repairs that were needed (empty when the JSON was valid). */
export interface LenientJson {
  value: unknown;
  repairs: string[];
}

/** Why the JSON could not be read, in words, with its position ("a ',' or '}' is missing … at line 3, column 14"). */
export class JsonSyntaxError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'JsonSyntaxError';
  }
}

import { jsonErrorPosition } from './jsonErrorPosition.js';

/** Parses JSON, repairing what a lenient reader would; throws JsonSyntaxError when it cannot. */
export function parseLenientJson(text: string): LenientJson {
  let strictError: unknown;
  try {
    return { value: JSON.parse(text), repairs: [] };
  } catch (error) {
    strictError = error;
  }
  const scan = scanAndClean(text);
  const repairs = [...scan.repairs];
  const attempts = [scan.cleaned];
  if (scan.unfinished) {
    // A file cut off mid-way: close what is open after the last complete value, latest first.
    for (const cut of scan.cuts.slice(-20).reverse()) attempts.push(scan.cleaned.slice(0, cut.at) + cut.closers);
  }
  for (const [index, attempt] of attempts.entries()) {
    if (index === 0 && repairs.length === 0) continue;
    try {
      const value: unknown = JSON.parse(attempt);
      if (index > 0) repairs.push('the file is cut off, so only the entries before the cut were read');
      return { value, repairs };
    } catch {
      // try the next, shorter reading
    }
  }
  throw new JsonSyntaxError(describeError(strictError, text), { cause: strictError });
}

interface Scan {
  cleaned: string;
  repairs: string[];
  /** The text ends inside a string, an object or an array. */
  unfinished: boolean;
  /** Places in `cleaned` just after a complete value inside a container, with the brackets that would close it. */
  cuts: { at: number; closers: string }[];
}

const CONTROL_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One pass outside and inside strings: comments and trailing commas dropped, raw control characters escaped. */
function scanAndClean(text: string): Scan {
  const out: string[] = [];
  const found = new Set<string>();
  const stack: string[] = [];
  const cuts: Scan['cuts'] = [];
  let inString = false;
  let escaped = false;
  // Counted when the string closes: a line break in a string the file cuts off is not a mistake of its own.
  let controlInString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') {
        inString = false;
        if (controlInString) found.add('a line break or control character inside a string');
        controlInString = false;
      } else if (c < ' ') {
        controlInString = true;
        out.push(CONTROL_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
        continue;
      }
      out.push(c);
      continue;
    }
    if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      found.add('comments, which JSON does not allow');
      const end = text[i + 1] === '/' ? text.indexOf('\n', i) : text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : text[i + 1] === '/' ? end - 1 : end + 1;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') stack.push(c);
    else if (c === '}' || c === ']') {
      if (dropTrailingComma(out)) found.add('a comma before a closing bracket');
      stack.pop();
      out.push(c);
      if (stack.length > 0) cuts.push({ at: out.length, closers: closersOf(stack) });
      continue;
    }
    out.push(c);
  }
  return {
    cleaned: out.join(''),
    repairs: [...found],
    unfinished: inString || stack.length > 0,
    cuts: lengths(cuts, out),
  };
}

/** Removes a "," that is the last non-blank character written; true when there was one. */
function dropTrailingComma(out: string[]): boolean {
  for (let j = out.length - 1; j >= 0; j--) {
    const previous = out[j]!;
    if (/\s/.test(previous)) continue;
    if (previous !== ',') return false;
    out.splice(j, 1);
    return true;
  }
  return false;
}

function closersOf(stack: string[]): string {
  return stack
    .map((open) => (open === '{' ? '}' : ']'))
    .reverse()
    .join('');
}

/** Cut positions were counted in pieces written; pieces may be longer than one character (escapes). */
function lengths(cuts: Scan['cuts'], out: string[]): Scan['cuts'] {
  if (cuts.length === 0) return cuts;
  const offsets: number[] = [0];
  for (const piece of out) offsets.push(offsets[offsets.length - 1]! + piece.length);
  return cuts.map((cut) => ({ at: offsets[cut.at]!, closers: cut.closers }));
}

/** The parser's complaint in words, with the line and column where the text first goes wrong. */
function describeError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = jsonErrorPosition(text);
  if (/unexpected end/i.test(message) || position === text.length) {
    return 'the file ends before the JSON is complete (it may be cut off)';
  }
  const what = message
    .replace(/, ".*" is not valid JSON$/s, '')
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/\s*in JSON at position \d+/, '')
    .replace(/^Unexpected token/, 'unexpected character')
    .replace(/^Expected/, 'expected')
    .replace(/^Bad/, 'bad');
  if (position === undefined) return what;
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `${what} at line ${line}, column ${column}`;
}
