import { foldTokens, NATIVE_STEM_LANGUAGES, stemToken } from '../domain/analyzer.js';
import type { Item } from '../domain/item.js';
import type { SnippetPart } from './types.js';

/** Words shown in a snippet. */
export const SNIPPET_WORDS = 30;
// Original words keep their combining marks so "Côte" in decomposed form stays one word.
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

interface Word {
  start: number;
  end: number;
  matched: boolean;
}

/**
 * A window of about SNIPPET_WORDS words of the item's own summary or text, around the densest cluster of
 * query matches, with matched words highlighted. Words match when they analyse like a query token
 * (same fold and stem), as the index does. With no tokens or no match, the start of the summary (or text).
 */
export function buildSnippet(
  item: Pick<Item, 'summary' | 'text'>,
  queryTokens: readonly string[],
  wordCount = SNIPPET_WORDS,
): SnippetPart[] {
  const sources = [item.summary, item.text].filter((text) => text.trim() !== '');
  if (sources.length === 0) return [];
  const keys = queryKeys(queryTokens);
  let best: { text: string; words: Word[]; start: number; count: number } | null = null;
  for (const text of sources) {
    const words = splitWords(text, keys);
    const window = densestWindow(words, wordCount);
    if (window.count > (best?.count ?? 0)) best = { text, words, ...window };
  }
  if (!best) {
    const text = sources[0] ?? '';
    return render(text, splitWords(text, keys), 0, wordCount);
  }
  return render(best.text, best.words, best.start, wordCount);
}

/** Every form a query token may take in the index: folded, and stemmed in each indexed language. */
function queryKeys(tokens: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const token of tokens) {
    keys.add(`=${token}`);
    keys.add(`en:${stemToken(token, 'en')}`);
    for (const language of NATIVE_STEM_LANGUAGES) keys.add(`${language}:${stemToken(token, language)}`);
  }
  return keys;
}

function splitWords(text: string, keys: Set<string>): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const matched = keys.size > 0 && foldTokens(match[0]).some((token) => wordMatches(token, keys));
    words.push({ start, end: start + match[0].length, matched });
  }
  return words;
}

function wordMatches(token: string, keys: Set<string>): boolean {
  if (keys.has(`=${token}`) || keys.has(`en:${stemToken(token, 'en')}`)) return true;
  return NATIVE_STEM_LANGUAGES.some((language) => keys.has(`${language}:${stemToken(token, language)}`));
}

/** Start of the window holding the most matches, shifted so the matches sit in its middle. */
function densestWindow(words: Word[], size: number): { start: number; count: number } {
  const hits = words.flatMap((word, index) => (word.matched ? [index] : []));
  let best = { start: 0, count: 0, span: 0 };
  let j = 0;
  for (let i = 0; i < hits.length; i++) {
    const first = hits[i] ?? 0;
    while (j < hits.length && (hits[j] ?? 0) < first + size) j++;
    const count = j - i;
    if (count > best.count) best = { start: first, count, span: (hits[j - 1] ?? first) - first + 1 };
  }
  if (best.count === 0) return { start: 0, count: 0 };
  const centred = best.start - Math.floor((size - best.span) / 2);
  return { start: Math.max(0, Math.min(centred, words.length - size)), count: best.count };
}

function render(text: string, words: Word[], from: number, size: number): SnippetPart[] {
  const shown = words.slice(from, from + size);
  const first = shown[0];
  const last = shown[shown.length - 1];
  if (!first || !last) return [];
  const parts: SnippetPart[] = [];
  const push = (part: string, highlight: boolean) => {
    const clean = part.replace(/\s+/g, ' ');
    if (clean === '') return;
    const previous = parts[parts.length - 1];
    if (previous && previous.highlight === highlight) previous.text += clean;
    else parts.push({ text: clean, highlight });
  };
  if (from > 0) push('… ', false);
  let cursor = first.start;
  for (const word of shown) {
    if (!word.matched) continue;
    push(text.slice(cursor, word.start), false);
    push(text.slice(word.start, word.end), true);
    cursor = word.end;
  }
  // Keep closing punctuation of the last word ("migrants.") but not the next word's opening.
  const tail = /^[^\s\p{L}\p{N}]*/u.exec(text.slice(last.end))?.[0] ?? '';
  push(text.slice(cursor, last.end + tail.length), false);
  if (from + size < words.length) push(' …', false);
  return parts;
}
