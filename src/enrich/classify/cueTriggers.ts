/**
 * Cheap pre-checks for type cues: the words a cue's match must start with, read from the pattern itself, so that a
 * text holding none of them skips the regular expression (a long text is tested against some thirty cues).
 */

const WORD_CHAR = /^\w$/;
const SPLIT_WORDS = /\w+/g;

/**
 * For a pattern of the form `\b(alt|alt|…)…` (no flags, nothing outside the group at top level but what follows it):
 * every word a match can start with, as the whole word it is in the text. null when the pattern is not of that form
 * or an alternative does not start with a plain word (then the cue is always tested).
 */
export function cueTriggers(pattern: RegExp): Set<string> | null {
  if (pattern.flags !== '') return null;
  const source = pattern.source;
  if (!source.startsWith('\\b(') || source.startsWith('\\b(?')) return null;
  const alternatives: string[] = [];
  let depth = 0;
  let start = 3;
  let close = -1;
  for (let i = 3; i < source.length && close < 0; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    } else if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) close = i;
      else depth--;
    } else if (c === '|' && depth === 0) {
      alternatives.push(source.slice(start, i));
      start = i + 1;
    }
  }
  if (close < 0) return null;
  alternatives.push(source.slice(start, close));
  const after = source.slice(close + 1);
  // A top-level "|" after the group would let a match start elsewhere.
  if (hasTopLevelBar(after)) return null;
  const triggers = new Set<string>();
  for (const alternative of alternatives) {
    let n = 0;
    while (n < alternative.length && WORD_CHAR.test(alternative[n] as string)) n++;
    if (n === 0) return null;
    const word = alternative.slice(0, n);
    let rest = alternative.slice(n);
    const optionalLast = rest.startsWith('?');
    if (optionalLast) rest = rest.slice(1);
    // The word must end where the text's word ends: a literal separator next, or the group's end followed by \b.
    const next = rest[0];
    const ends = next === undefined ? after.startsWith('\\b') : next === ' ' || next === "'" || next === '-';
    if (!ends) return null;
    triggers.add(word);
    if (optionalLast) {
      if (n < 2) return null;
      triggers.add(word.slice(0, -1));
    }
  }
  return triggers;
}

function hasTopLevelBar(source: string): boolean {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** The whole words (regular-expression word characters) of a text. */
export function wordSet(text: string): Set<string> {
  return new Set(text.match(SPLIT_WORDS));
}
