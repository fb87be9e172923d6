/**
 * Sentences, words and capitalised runs shared by the project, people and event extractors. Every scan here walks
 * the text once with bounded regular expressions, so the cost grows with the length of the text.
 */
import { foldWord } from './phraseMatcher.js';

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

export interface Word {
  text: string;
  /** Folded: lower case, no accents. */
  key: string;
  start: number;
  end: number;
  /** "l’", "d’", "qu’" are elisions; "’s" is a possessive; the rest are words. */
  kind: 'word' | 'elision' | 'possessive';
}

// Abbreviations whose dot does not end a sentence (folded, without the dot).
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof st h.e s.e sr sra srta dra dna mme mlle no nr vs e.g i.e etc cf amb ing lic excmo excma gen col capt sen rep jr'.split(
    ' ',
  ),
);
const BOUNDARY = /[.!?…]+["”’»)\]]*(?=\s)|\n/g;

/** Splits a text into sentences at end punctuation and line breaks, not after "Mr.", "H.E." or an initial. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const at = m.index ?? 0;
    if (m[0] !== '\n') {
      const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(start, at - 12), at))?.[1] ?? '';
      if (ABBREVIATIONS.has(before.toLowerCase()) || /^\p{Lu}$/u.test(before)) continue;
    }
    push(sentences, text, start, at + m[0].length);
    start = at + m[0].length;
  }
  push(sentences, text, start, text.length);
  return sentences;
}

function push(sentences: Sentence[], text: string, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) sentences.push({ text: text.slice(start, end), start, end });
}

// Words with their inner hyphens and apostrophes; elisions ("l’") and possessives ("’s") are split off after.
// Latin letters (with accents and combining marks) and digits: the /u property classes cost three times as much, and
// en/fr/es text needs no other script.
const LETTERS = '(?:[A-Za-z0-9\\u00C0-\\u024F\\u1E00-\\u1EFF]|[\\u0300-\\u036F])+';
const WORD = new RegExp(`${LETTERS}(?:[-‐‑'’]${LETTERS})*`, 'g');
const ELISION = /^(?:[lLdD]|[jnsc]|[Qq]u)['’]/;
const POSSESSIVE = /['’]s$/;

/** Words of a text (hyphenated words kept whole), with offsets shifted by `offset`. */
export function wordsOf(text: string, offset = 0): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    let start = offset + (m.index ?? 0);
    let raw = m[0];
    const elision =
      raw.length > 2 && (raw[1] === "'" || raw[1] === '’' || raw[2] === "'" || raw[2] === '’')
        ? ELISION.exec(raw)
        : null;
    if (elision && elision[0].length < raw.length) {
      const head = elision[0];
      words.push({ text: head, key: head.toLowerCase(), start, end: start + head.length, kind: 'elision' });
      start += head.length;
      raw = raw.slice(head.length);
    }
    const possessive = raw.length > 2 && POSSESSIVE.test(raw);
    const body = possessive ? raw.slice(0, -2) : raw;
    words.push({ text: body, key: foldWord(body), start, end: start + body.length, kind: 'word' });
    if (possessive) {
      const at = start + body.length;
      words.push({ text: raw.slice(-2), key: 's', start: at, end: at + 2, kind: 'possessive' });
    }
  }
  return words;
}

const URLS = /(?:https?:\/\/|www\.)\S+/g;

/** Blanks out URLs and e-mail addresses, keeping offsets, so that "…/summer-school-2019/" names nothing. */
export function maskLinks(text: string): string {
  let masked = text.includes('http') || text.includes('www.') ? text.replace(URLS, (m) => ' '.repeat(m.length)) : text;
  // E-mail addresses are found from their "@" outwards: a regular expression would try every word.
  for (let at = masked.indexOf('@'); at >= 0; at = masked.indexOf('@', at + 1)) {
    let from = at;
    let to = at + 1;
    while (from > 0 && !/\s/.test(masked[from - 1]!)) from--;
    while (to < masked.length && !/\s/.test(masked[to]!)) to++;
    if (from < at && masked.slice(at + 1, to).includes('.')) {
      masked = masked.slice(0, from) + ' '.repeat(to - from) + masked.slice(to);
    }
  }
  return masked;
}

let lastInput: string | undefined;
let lastRead: { text: string; sentences: Sentence[] } | undefined;
const WORDS_OF = new WeakMap<Sentence, Word[]>();

/**
 * The text with links masked and its sentences. The three extractors run one after another on the same item, so the
 * last result is kept: the second and third calls do not split the text again.
 */
export function readText(input: string): { text: string; sentences: Sentence[] } {
  if (input !== lastInput || !lastRead) {
    const text = maskLinks(input);
    lastRead = { text, sentences: splitSentences(text) };
    lastInput = input;
  }
  return lastRead;
}

/** The words of a sentence from readText, tokenised once. */
export function sentenceWords(sentence: Sentence): Word[] {
  let words = WORDS_OF.get(sentence);
  if (!words) {
    words = wordsOf(sentence.text, sentence.start);
    WORDS_OF.set(sentence, words);
  }
  return words;
}

/** Stable slug: lower case ASCII, words joined by hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const TITLE_INNER = /^\p{Ll}{1,2}\p{Lu}/u;

/** True for a word that can stand in a title: capitalised, a number or an ordinal ("6th"). */
export function isTitleWord(word: Word): boolean {
  if (word.kind !== 'word') return false;
  // Case mapping instead of a /u regular expression: this runs for every word of every name read.
  const first = word.text[0]!;
  if (first !== first.toLowerCase() || (first >= '0' && first <= '9')) return true;
  return TITLE_INNER.test(word.text);
}

/** Words that may stand inside a name between capitalised words ("Ministry of the Interior"). */
export const NAME_CONNECTORS = new Set(
  'of the for and on in to at de du des la le les l d del el los las y et e pour para por sur en a al between entre against contre contra with avec con'.split(
    ' ',
  ),
);

/** True when two neighbouring words may belong to one name: a space, or a hyphen with optional spaces. */
export function joined(text: string, left: Word, right: Word): boolean {
  if (left.kind === 'elision') return left.end === right.start;
  return /^(?: {1,2}| ?[-‐‑] ?)$/.test(text.slice(left.end, right.start));
}

/**
 * Index of the last word of the capitalised run starting at `from`: title words, with connectors allowed between
 * them ("Integrated Border Management in the Silk Routes Countries"). Stops after `max` words.
 */
export function runForward(text: string, words: Word[], from: number, connectors = NAME_CONNECTORS, max = 16): number {
  let last = from;
  let j = from + 1;
  while (j < words.length && j - from < max) {
    let k = j;
    while (k < words.length && k - j < 3 && connectors.has(words[k]!.key) && joined(text, words[k - 1]!, words[k]!))
      k++;
    const next = words[k];
    if (!next || !isTitleWord(next) || !joined(text, words[k - 1]!, next)) break;
    last = k;
    j = k + 1;
  }
  return last;
}

/** Index of the first word of the capitalised run ending at `to` (the mirror of runForward). */
export function runBackward(text: string, words: Word[], to: number, connectors = NAME_CONNECTORS, max = 16): number {
  let first = to;
  let j = to - 1;
  while (j >= 0 && to - j < max) {
    let k = j;
    while (k >= 0 && to - k < max && connectors.has(words[k]!.key) && joined(text, words[k]!, words[k + 1]!)) k--;
    const previous = words[k];
    if (!previous || !isTitleWord(previous) || !joined(text, previous, words[k + 1]!)) break;
    first = k;
    j = k - 1;
  }
  return first;
}

/** The acronym-like content of a parenthesis ("(MICIC)", "(IBM Silk Routes)", "(CILM, for its …)"), else null. */
export function acronymIn(content: string): string | null {
  const first = content.split(/[,;]/)[0]!.trim();
  if (first.length < 2 || first.length > 30 || !/^[\p{Lu}\p{N}]/u.test(first)) return null;
  if ((first.match(/\p{Lu}/gu)?.length ?? 0) < 2 || first.split(/\s+/).length > 4) return null;
  return first;
}

/** True for a name made of acronym-like words ("SUPREME - TR", "FReM III", "MC2CM"), not "MigrantVoicesHeard". */
export function looksLikeAcronym(name: string): boolean {
  const parts = name.split(/[\s\-–]+/).filter(Boolean);
  if (parts.length === 0 || parts.length > 4) return false;
  return parts.every((p) => {
    const capitals = p.match(/[\p{Lu}\p{N}]/gu)?.length ?? 0;
    return capitals >= 2 ? capitals / p.length >= 0.5 : /^[\p{Lu}\p{N}]+$/u.test(p);
  });
}
