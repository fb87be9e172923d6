import { foldTokens } from '../domain/analyzer.js';

/** One searchable unit: a single folded token, or several that must appear in order (a phrase). */
export interface QueryTerm {
  /** Folded, unstemmed tokens; more than one means a phrase. */
  tokens: string[];
}

/** A free-text query: every group must match (AND); within a group any term may match (OR). */
export interface ParsedQuery {
  groups: QueryTerm[][];
  /** Terms that must not match. */
  excluded: QueryTerm[];
}

/** Enough for any real search; the rest of a pasted 10 KB query is ignored rather than slowing every search. */
export const MAX_QUERY_TERMS = 32;
const MAX_PHRASE_TOKENS = 16;

interface Chunk {
  text: string;
  quoted: boolean;
  negated: boolean;
}

/**
 * Parses free text: words are AND-ed, "quoted phrases" match in order, -word or NOT word excludes,
 * OR between two terms makes either enough. Never throws; text with no words parses to an empty query.
 */
export function parseQuery(input: string | undefined): ParsedQuery {
  const groups: QueryTerm[][] = [];
  const excluded: QueryTerm[] = [];
  let joinNext = false;
  let negateNext = false;
  let count = 0;
  for (const chunk of splitChunks(input ?? '')) {
    if (count >= MAX_QUERY_TERMS) break;
    if (!chunk.quoted && !chunk.negated) {
      // Operators are upper-case so that "or" and "not" stay searchable words.
      if (chunk.text === 'OR') {
        joinNext = groups.length > 0;
        continue;
      }
      if (chunk.text === 'AND') continue;
      if (chunk.text === 'NOT') {
        negateNext = true;
        continue;
      }
    }
    const tokens = foldTokens(chunk.text).slice(0, MAX_PHRASE_TOKENS);
    if (tokens.length === 0) continue;
    count++;
    const term: QueryTerm = { tokens };
    if (chunk.negated || negateNext) {
      excluded.push(term);
    } else if (joinNext) {
      groups[groups.length - 1]?.push(term);
    } else {
      groups.push([term]);
    }
    joinNext = false;
    negateNext = false;
  }
  return { groups, excluded };
}

/** True when the query has nothing to search for. */
export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.groups.length === 0 && query.excluded.length === 0;
}

/** Every token of the positive terms, for highlighting. */
export function positiveTokens(query: ParsedQuery): string[] {
  return query.groups.flatMap((group) => group.flatMap((term) => term.tokens));
}

function* splitChunks(input: string): Generator<Chunk> {
  let i = 0;
  const n = input.length;
  while (i < n) {
    while (i < n && /\s/.test(input[i] ?? '')) i++;
    if (i >= n) break;
    let negated = false;
    if (input[i] === '-' && i + 1 < n && !/\s/.test(input[i + 1] ?? '')) {
      negated = true;
      i++;
    }
    if (input[i] === '"') {
      // An unbalanced quote runs to the end of the text.
      const end = input.indexOf('"', i + 1);
      const stop = end === -1 ? n : end;
      yield { text: input.slice(i + 1, stop), quoted: true, negated };
      i = stop + 1;
      continue;
    }
    const start = i;
    while (i < n && input[i] !== '"' && !/\s/.test(input[i] ?? '')) i++;
    yield { text: input.slice(start, i), quoted: false, negated };
  }
}
