import { foldTokens, NATIVE_STEM_LANGUAGES, type StemLanguage, stemToken } from '../../domain/analyzer.js';
import type { Item } from '../../domain/item.js';

/**
 * Prefix of native (French or Spanish) stems in the vector. Analysed tokens are letters and digits only, so a
 * prefixed lexeme never equals an English stem: one vector holds both stemmings, as SQLite's four FTS columns do.
 */
export const NATIVE_PREFIX = '_';

// PostgreSQL's limits: positions above 16383 are clamped, 256 positions per lexeme are kept, a vector stays < 1 MB.
const MAX_POSITION = 16_383;
const MAX_POSITIONS_PER_LEXEME = 255;
const MAX_VECTOR_BYTES = 900_000;

/**
 * The tsvector of an item, written as a tsvector literal: the SAME analysed terms the SQLite index stores
 * (domain/analyzer: folded tokens, English stems for every item, native stems for fr/es under NATIVE_PREFIX),
 * title at weight A, summary and text at weight B. Built here rather than with to_tsvector so that no
 * PostgreSQL parser or locale can split or drop a term differently. A gap of one position between title
 * and body keeps phrases from matching across them, as phrases cannot cross FTS5 columns.
 */
export function searchVector(item: Pick<Item, 'title' | 'summary' | 'text' | 'language'>): string {
  const native: StemLanguage | null = NATIVE_STEM_LANGUAGES.find((l) => l === item.language) ?? null;
  const title = foldTokens(item.title);
  const body = foldTokens(`${item.summary}\n${item.text}`);
  const lexemes = new Map<string, string[]>();
  let bytes = 0;
  const add = (lexeme: string, position: number, weight: 'A' | 'B') => {
    let positions = lexemes.get(lexeme);
    if (!positions) {
      const size = Buffer.byteLength(lexeme) + 8;
      if (bytes + size > MAX_VECTOR_BYTES) return;
      bytes += size;
      positions = [];
      lexemes.set(lexeme, positions);
    }
    const clamped = Math.min(position, MAX_POSITION);
    const entry = `${clamped}${weight}`;
    if (positions.length >= MAX_POSITIONS_PER_LEXEME || positions[positions.length - 1] === entry) return;
    if (clamped === MAX_POSITION && positions.some((p) => p.startsWith(`${MAX_POSITION}`))) return;
    positions.push(entry);
    bytes += 2;
  };
  const addTokens = (tokens: string[], first: number, weight: 'A' | 'B') => {
    tokens.forEach((token, i) => {
      add(stemToken(token, 'en'), first + i, weight);
      if (native) add(`${NATIVE_PREFIX}${stemToken(token, native)}`, first + i, weight);
    });
  };
  addTokens(title, 1, 'A');
  addTokens(body, title.length + 2, 'B');
  return [...lexemes].map(([lexeme, positions]) => `${quoteLexeme(lexeme)}:${positions.join(',')}`).join(' ');
}

/** A lexeme quoted for tsvector and tsquery literals. */
export function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
}
