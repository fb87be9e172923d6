/**
 * A gazetteer matcher over word tokens: one trie built once, longest match first, accent-insensitive, with a
 * per-phrase case rule. Matching walks the text's tokens once, so its cost grows with the text, not the gazetteer.
 */

/** How the letter case of a phrase must appear in the text. */
export type CaseRule =
  /** As written (acronyms: "US", "WHO", "UN-Habitat"); accents are still ignored. */
  | 'exact'
  /** The first letter upper-case, the rest free ("Morocco", "MOROCCO", "Kingdom of morocco"). */
  | 'capitalised'
  /** Any case ("marocains", "International Organization for Migration"). */
  | 'any';

export interface Phrase<T> {
  text: string;
  /** null marks a blocker: a phrase that consumes its words and yields nothing ("Latin American"). */
  value: T | null;
  caseRule: CaseRule;
}

export interface Token {
  /** The token as written. */
  text: string;
  /** Folded form: lower case, no accents, ligatures split. */
  key: string;
  start: number;
  end: number;
}

export interface PhraseHit<T> {
  value: T;
  /** The matched words as written in the text. */
  surface: string;
  /** Index of the first and last matched token. */
  first: number;
  last: number;
}

/** Vetoes a hit from its context (e.g. "Jordan" after a first name). */
export type Guard<T> = (hit: PhraseHit<T>, tokens: Token[], text: string) => boolean;

interface Entry<T> {
  words: string[];
  value: T | null;
  caseRule: CaseRule;
}

interface Node<T> {
  next: Map<string, Node<T>>;
  entries: Entry<T>[];
}

const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;
const ASCII_WORD = /^[A-Za-z0-9]+$/;
const SPECIAL: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ı: 'i', ø: 'o', đ: 'd', ł: 'l' };

/** Folds a word for comparison: lower case, accents removed. */
export function foldWord(word: string): string {
  if (ASCII_WORD.test(word)) return word.toLowerCase();
  return stripMarks(word)
    .toLowerCase()
    .replace(/[œæßıøđł]/g, (c) => SPECIAL[c] ?? c);
}

// Folding is the costliest part of tokenising; the words of a corpus repeat, so their keys are kept (bounded).
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_LIMIT = 50_000;

function cachedKey(word: string): string {
  let key = KEY_CACHE.get(word);
  if (key === undefined) {
    if (KEY_CACHE.size >= KEY_CACHE_LIMIT) KEY_CACHE.clear();
    key = foldWord(word);
    KEY_CACHE.set(word, key);
  }
  return key;
}

function stripMarks(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

let lastText: string | undefined;
let lastTokens: Token[] = [];

/**
 * Splits a text into word tokens (letters and digits; apostrophes, hyphens and dots separate words). The country and
 * organisation finders read the same text one after the other, so the last result is reused: callers must not
 * modify the returned array.
 */
export function tokenize(text: string): Token[] {
  if (text === lastText) return lastTokens;
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const start = m.index;
    tokens.push({ text: m[0], key: cachedKey(m[0]), start, end: start + m[0].length });
  }
  lastText = text;
  lastTokens = tokens;
  return tokens;
}

/** Blanks out URLs and e-mail addresses (keeping offsets) so that "…/rabat-process-meeting/" names nothing. */
export function maskUrls(text: string): string {
  // Most texts hold neither: skipping the scan saves ~3% of an import (the e-mail branch backtracks on every word).
  if (!text.includes('@') && !text.includes('http') && !text.includes('www.')) return text;
  return text.replace(/(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+/g, (m) => ' '.repeat(m.length));
}

/**
 * True when two adjacent words may belong to one name: spaces and at most one hyphen, apostrophe, comma or dot; a dot
 * only after an abbreviation of one or two letters ("St. Petersburg", "U.S.A."), not at the end of a sentence.
 */
function joinable(previous: Token, separator: string): boolean {
  if (separator.length > 4 || /\n\s*\n/.test(separator)) return false;
  if (!/^[\s\-‐‑–'’.,]+$/.test(separator)) return false;
  if (separator.replace(/\s/g, '').length > 1) return false;
  return !separator.includes('.') || previous.text.length <= 2;
}

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Compiles phrases into a matcher; build it once at module load. */
export class PhraseMatcher<T> {
  private readonly root: Node<T> = { next: new Map(), entries: [] };

  constructor(phrases: Iterable<Phrase<T>>) {
    for (const phrase of phrases) this.add(phrase);
  }

  private add(phrase: Phrase<T>): void {
    const words = tokenize(phrase.text);
    if (words.length === 0) return;
    let node = this.root;
    for (const word of words) {
      let child = node.next.get(word.key);
      if (!child) {
        child = { next: new Map(), entries: [] };
        node.next.set(word.key, child);
      }
      node = child;
    }
    node.entries.push({ words: words.map((w) => stripMarks(w.text)), value: phrase.value, caseRule: phrase.caseRule });
  }

  /** Non-overlapping hits, left to right, the longest accepted phrase winning at each position. */
  match(text: string, guard?: Guard<T>): PhraseHit<T>[] {
    return this.matchTokens(tokenize(text), text, guard);
  }

  matchTokens(tokens: Token[], text: string, guard?: Guard<T>): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    let i = 0;
    while (i < tokens.length) {
      const consumed = this.matchAt(tokens, text, i, hits, guard);
      i = consumed > i ? consumed : i + 1;
    }
    return hits;
  }

  /** Tries the phrases starting at token i; returns the index after the accepted phrase, or i when none. */
  private matchAt(tokens: Token[], text: string, i: number, hits: PhraseHit<T>[], guard?: Guard<T>): number {
    // Most words start no phrase: look the first one up before allocating anything.
    let node: Node<T> | undefined = this.root.next.get(tokens[i]!.key);
    if (!node) return i;
    const path: Array<{ node: Node<T>; last: number }> = [];
    if (node.entries.length) path.push({ node, last: i });
    for (let j = i + 1; j < tokens.length; j++) {
      const token = tokens[j]!;
      // The trie step is cheaper than the separator check and ends most walks, so it goes first (same outcome).
      const child: Node<T> | undefined = node.next.get(token.key);
      if (!child) break;
      if (!joinable(tokens[j - 1]!, text.slice(tokens[j - 1]!.end, token.start))) break;
      node = child;
      if (node.entries.length) path.push({ node, last: j });
    }
    for (let k = path.length - 1; k >= 0; k--) {
      const { node: found, last } = path[k]!;
      for (const entry of found.entries) {
        if (!caseMatches(entry, tokens, i)) continue;
        if (entry.value === null) return last + 1;
        const hit: PhraseHit<T> = {
          value: entry.value,
          surface: text.slice(tokens[i]!.start, tokens[last]!.end),
          first: i,
          last,
        };
        if (guard && !guard(hit, tokens, text)) continue;
        hits.push(hit);
        return last + 1;
      }
    }
    return i;
  }
}

function caseMatches<T>(entry: Entry<T>, tokens: Token[], first: number): boolean {
  if (entry.caseRule === 'any') return true;
  if (entry.caseRule === 'capitalised') return isCapitalised(tokens[first]!.text);
  return entry.words.every((word, k) => stripMarks(tokens[first + k]!.text) === word);
}
