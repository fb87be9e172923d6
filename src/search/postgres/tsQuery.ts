import { NATIVE_STEM_LANGUAGES, type StemLanguage, stemToken } from '../../domain/analyzer.js';
import { NATIVE_PREFIX, quoteLexeme } from '../../store/postgres/searchVector.js';
import type { ParsedQuery, QueryTerm } from '../parseQuery.js';

/** tsquery texts for a parsed query: `match` selects the items, `rank` (the positive terms only) scores them. */
export interface TsQueries {
  match: string;
  /** Null when the query only excludes: every remaining item scores 0, as in SQLite. */
  rank: string | null;
}

/**
 * Builds tsquery text from a parsed query, the counterpart of SQLite's ftsExpression. User text never reaches
 * the tsquery parser: every lexeme is an analysed token (letters and digits) in quotes. Each term matches its
 * English stems OR, under NATIVE_PREFIX, its French or Spanish stems; a phrase is its stems joined by `<->`.
 * Returns null when the query has no terms.
 */
export function buildTsQueries(query: ParsedQuery): TsQueries | null {
  const groups = query.groups.map((group) => `(${group.map(termQuery).join(' | ')})`);
  const excluded = query.excluded.map(termQuery);
  const positive = groups.length > 0 ? groups.join(' & ') : null;
  const negative = excluded.length > 0 ? `!(${excluded.join(' | ')})` : null;
  if (!positive && !negative) return null;
  return { match: [positive, negative].filter(Boolean).join(' & '), rank: positive };
}

function termQuery(term: QueryTerm): string {
  const english = phrase(term, 'en', '');
  const native = NATIVE_STEM_LANGUAGES.map((language) => phrase(term, language, NATIVE_PREFIX));
  return `(${[...new Set([english, ...native])].join(' | ')})`;
}

function phrase(term: QueryTerm, language: StemLanguage, prefix: string): string {
  const lexemes = term.tokens.map((token) => quoteLexeme(`${prefix}${stemToken(token, language)}`));
  return lexemes.length === 1 ? (lexemes[0] as string) : `(${lexemes.join(' <-> ')})`;
}
