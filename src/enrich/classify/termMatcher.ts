/** A compiled phrase dictionary that finds weighted vocabulary terms in a text in one pass. */
import { type Token, tokenize } from './normalizeText.js';

/** One vocabulary line: a term that counts for a target (an objective number or a principle id). */
export interface VocabularyEntry {
  target: string;
  term: string;
  weight: number;
}

interface Phrase {
  id: number;
  target: string;
  term: string;
  weight: number;
  keys: string[];
  /** Case-sensitive form per word for acronyms ("TiP", "AVRR"), null where any case matches. */
  exact: Array<string | null> | null;
}

/** Phrases indexed by their first word's key, longest first, so a scan costs one map lookup per word. */
export interface TermMatcher {
  byFirstKey: Map<string, Phrase[]>;
  phraseCount: number;
}

/** How often one vocabulary phrase occurred, and how it was first written. */
export interface PhraseHit {
  target: string;
  term: string;
  weight: number;
  count: number;
  surface: string;
}

/** Result of scanning one text: hits keyed by phrase id, and the text's length in words. */
export interface ScanResult {
  hits: Map<number, PhraseHit>;
  words: number;
}

// Two capitals in one word mark an acronym ("TiP", "GFMD", "ODD"): those must match case-sensitively,
// otherwise "tip" or "odd" in running text would count.
const ACRONYM = /\p{Lu}.*\p{Lu}/u;

/** Compiles vocabulary entries; duplicates (same target, same folded words) keep the highest weight. */
export function compileMatcher(entries: readonly VocabularyEntry[]): TermMatcher {
  const unique = new Map<string, Phrase>();
  for (const entry of entries) {
    const tokens = tokenize(entry.term);
    if (tokens.length === 0) continue;
    const keys = tokens.map((t) => t.key);
    const exact = tokens.some((t) => ACRONYM.test(t.raw))
      ? tokens.map((t) => (ACRONYM.test(t.raw) ? t.raw : null))
      : null;
    const id = `${entry.target}\u0000${keys.join(' ')}\u0000${exact?.join(' ') ?? ''}`;
    const previous = unique.get(id);
    if (previous && Math.abs(previous.weight) >= Math.abs(entry.weight)) continue;
    unique.set(id, { id: 0, target: entry.target, term: entry.term, weight: entry.weight, keys, exact });
  }
  const byFirstKey = new Map<string, Phrase[]>();
  let next = 0;
  for (const phrase of unique.values()) {
    phrase.id = next++;
    const first = phrase.keys[0] as string;
    const list = byFirstKey.get(first);
    if (list) list.push(phrase);
    else byFirstKey.set(first, [phrase]);
  }
  for (const list of byFirstKey.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return { byFirstKey, phraseCount: next };
}

function matchesAt(phrase: Phrase, tokens: Token[], i: number): boolean {
  if (i + phrase.keys.length > tokens.length) return false;
  for (let k = 0; k < phrase.keys.length; k++) {
    const token = tokens[i + k] as Token;
    if (token.key !== phrase.keys[k]) return false;
    const exact = phrase.exact?.[k];
    if (exact && token.raw !== exact && token.raw !== `${exact}s`) return false;
  }
  return true;
}

/**
 * Finds every vocabulary phrase in the text. Per target, matches do not overlap and the longest phrase
 * at a position wins, so "trafficking in persons" does not also count as "trafficking"; a zero or
 * negative phrase therefore also shields its words from a shorter positive phrase of the same target.
 */
export function scanText(matcher: TermMatcher, text: string): ScanResult {
  const tokens = tokenize(text);
  const hits = new Map<number, PhraseHit>();
  const coveredUntil = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const candidates = matcher.byFirstKey.get((tokens[i] as Token).key);
    if (!candidates) continue;
    for (const phrase of candidates) {
      if ((coveredUntil.get(phrase.target) ?? 0) > i) continue;
      if (!matchesAt(phrase, tokens, i)) continue;
      const last = i + phrase.keys.length - 1;
      coveredUntil.set(phrase.target, last + 1);
      const hit = hits.get(phrase.id);
      if (hit) {
        hit.count++;
        continue;
      }
      const surface = text.slice((tokens[i] as Token).start, (tokens[last] as Token).end).replace(/\s+/g, ' ');
      hits.set(phrase.id, { target: phrase.target, term: phrase.term, weight: phrase.weight, count: 1, surface });
    }
  }
  return { hits, words: tokens.length };
}
