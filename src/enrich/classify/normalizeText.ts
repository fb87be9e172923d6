/** Tokenising, accent/case folding and light stemming shared by the vocabulary matchers. */

/** A word of the original text with its folded, stemmed key and where it sits in the text. */
export interface Token {
  /** Folded and lightly stemmed form used for matching. */
  key: string;
  /** The word exactly as written. */
  raw: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const NON_ASCII = /[^ -~\t\n\r]/;
const COMBINING_MARKS = /\p{M}+/gu;
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };
const LIGATURE = /[œæß]/g;

/** Lower-cases and strips accents and ligatures: "Éléments d'Œuvre" → "elements d'oeuvre". */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(LIGATURE, (c) => LIGATURES[c] ?? c);
}

/**
 * Light, language-neutral inflection folding applied identically to vocabulary and text, so that
 * plural and feminine forms meet: remittances/remittance, migrantes/migrante/migrant, frontières/frontière,
 * countries/country, nationaux/national. Deliberately weaker than a Snowball stemmer: it keeps
 * "integration" apart from "integrated" and costs almost nothing per word.
 */
export function stem(folded: string): string {
  let w = folded;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('eaux')) w = w.slice(0, -1);
  else if (w.length > 4 && w.endsWith('aux')) w = `${w.slice(0, -3)}al`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

// Folding and stemming cost more than the scan itself; a corpus repeats its words, so their keys are kept (bounded).
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_LIMIT = 50_000;

/** The folded, stemmed match key of one word. */
export function wordKey(raw: string): string {
  let key = KEY_CACHE.get(raw);
  if (key === undefined) {
    if (KEY_CACHE.size >= KEY_CACHE_LIMIT) KEY_CACHE.clear();
    key = stem(fold(raw));
    KEY_CACHE.set(raw, key);
  }
  return key;
}

// Objectives and principles scan the same title and text one after the other: the last two results are reused.
const recent: Array<{ text: string; tokens: Token[] }> = [];

/**
 * Splits text into words (letters and digits; apostrophes and hyphens separate) with their match keys. Callers must
 * not modify the returned array: the last two results are shared.
 */
export function tokenize(text: string): Token[] {
  for (const entry of recent) if (entry.text === text) return entry.tokens;
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const raw = m[0];
    const start = m.index;
    tokens.push({ key: wordKey(raw), raw, start, end: start + raw.length });
  }
  recent.unshift({ text, tokens });
  if (recent.length > 2) recent.pop();
  return tokens;
}
