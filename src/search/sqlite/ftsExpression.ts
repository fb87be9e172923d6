import { NATIVE_STEM_LANGUAGES, stemToken } from '../../domain/analyzer.js';
import type { ParsedQuery, QueryTerm } from '../parseQuery.js';

/** FTS5 MATCH expressions for a parsed query; null when that side has no terms. */
export interface FtsMatch {
  positive: string | null;
  negative: string | null;
}

/**
 * Builds FTS5 MATCH text from a parsed query. User text never reaches MATCH: every phrase is made of
 * analysed tokens (letters and digits only) in double quotes, so no input can form FTS5 syntax.
 * Each term is looked up as English stems in title/body OR as French or Spanish stems in the native columns.
 */
export function buildFtsMatch(query: ParsedQuery): FtsMatch {
  const positive = query.groups.map((group) => {
    const terms = group.map(termExpression);
    return terms.length === 1 ? terms[0] : `(${terms.join(' OR ')})`;
  });
  const negative = query.excluded.map(termExpression);
  return {
    positive: positive.length > 0 ? positive.join(' AND ') : null,
    negative: negative.length > 0 ? negative.join(' OR ') : null,
  };
}

function termExpression(term: QueryTerm): string {
  const english = phrase(term, 'en');
  const native = [...new Set(NATIVE_STEM_LANGUAGES.map((language) => phrase(term, language)))];
  return `({title body} : ${english} OR {title_native body_native} : (${native.join(' OR ')}))`;
}

function phrase(term: QueryTerm, language: 'en' | 'fr' | 'es'): string {
  return `"${term.tokens.map((token) => stemToken(token, language)).join(' ')}"`;
}
