import type { Statement } from 'better-sqlite3';
import { rowToItem } from '../../store/sqlite/itemRows.js';
import type { SqliteStore } from '../../store/sqlite/openSqliteStore.js';
import type { ItemRow } from '../../store/sqlite/schema.js';
import { type NormalizedQuery, normalizeQuery } from '../normalizeQuery.js';
import { positiveTokens } from '../parseQuery.js';
import { buildSnippet } from '../snippet.js';
import { FACET_NAMES, type FacetName, type FacetValue, type SearchProvider, type SearchResult } from '../types.js';
import { buildFtsMatch } from './ftsExpression.js';
import { type Condition, FACET_SOURCES, filterConditions, whereClause } from './searchConditions.js';

// Title terms count four times as much as body terms, in both the English and the native columns.
const BM25 = 'bm25(items_fts, 4.0, 1.0, 4.0, 1.0)';

// Per-connection scratch tables. search_matches: the text matches with their scores. search_docs: the fully
// filtered set that the total, the page and most facet counts read, so the text match and filters run once.
// facet_docs: the set for a facet whose own filter is active (every filter but that one).
const SET_COLUMNS = 'doc, score, id, type, language, year, published_ts';
const TEMP_TABLES = ['search_docs', 'facet_docs']
  .map(
    (name) => `CREATE TEMP TABLE IF NOT EXISTS ${name} (doc INTEGER PRIMARY KEY, score REAL NOT NULL, id TEXT NOT NULL,
      type TEXT NOT NULL, language TEXT NOT NULL, year INTEGER, published_ts INTEGER);`,
  )
  .concat('CREATE TEMP TABLE IF NOT EXISTS search_matches (doc INTEGER PRIMARY KEY, score REAL NOT NULL);')
  .join('\n');

type SetTable = 'temp.search_docs' | 'temp.facet_docs';
type PageRow = ItemRow & { score: number };

/**
 * Full-text faceted search on the SQLite store (FTS5 over analysed text, junction tables for facets).
 * Each search runs synchronously in one read transaction: a consistent snapshot, and no other work on the
 * shared connection can interleave with its use of the scratch tables.
 */
export function createSqliteSearch(store: SqliteStore): SearchProvider {
  const { sqlite } = store;
  const statements = new Map<string, Statement>();
  let tempReady = false;

  function prepare(sql: string): Statement {
    let statement = statements.get(sql);
    if (!statement) {
      statement = sqlite.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  }
  const all = <T>(sql: string, params: unknown[] = []) => prepare(sql).all(...params) as T[];
  const run = (sql: string, params: unknown[] = []) => prepare(sql).run(...params);

  function searchNow(query: NormalizedQuery): SearchResult {
    const conditions = filterConditions(query);
    if (query.hasText) matchText(query);
    const restricted = query.hasText || conditions.length > 0;
    if (restricted) fillSet('temp.search_docs', query.hasText, conditions);
    const total = all<{ n: number }>(`SELECT count(*) AS n FROM ${restricted ? 'temp.search_docs' : 'items'}`)[0]?.n;

    const offset = (query.page - 1) * query.pageSize;
    const rows = offset < (total ?? 0) ? pageRows(query, restricted, offset) : [];
    const tokens = positiveTokens(query.text);
    const hits = rows.map((row) => {
      const item = rowToItem(row);
      return { item, score: row.score, snippet: buildSnippet(item, tokens) };
    });

    const facets = {} as Record<FacetName, FacetValue[]>;
    for (const facet of FACET_NAMES) {
      const others = conditions.filter((c) => c.facet !== facet);
      if (others.length === conditions.length) {
        facets[facet] = countFacet(facet, restricted ? 'temp.search_docs' : null);
      } else if (query.hasText || others.length > 0) {
        fillSet('temp.facet_docs', query.hasText, others);
        facets[facet] = countFacet(facet, 'temp.facet_docs');
      } else {
        facets[facet] = countFacet(facet, null);
      }
    }
    return { total: total ?? 0, page: query.page, pageSize: query.pageSize, hits, facets };
  }

  function matchText(query: NormalizedQuery): void {
    const { positive, negative } = buildFtsMatch(query.text);
    run('DELETE FROM temp.search_matches');
    if (positive) {
      run(
        `INSERT INTO temp.search_matches (doc, score) SELECT rowid, -${BM25} FROM items_fts WHERE items_fts MATCH ?`,
        [negative ? `(${positive}) NOT (${negative})` : positive],
      );
    } else if (negative) {
      // FTS5 cannot match "everything except", so exclusion-only queries subtract the matches from all items.
      run(
        `INSERT INTO temp.search_matches (doc, score)
         SELECT doc, 0 FROM items WHERE doc NOT IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)`,
        [negative],
      );
    }
  }

  /** Replaces the contents of a set table with the items matching the text (if any) and the conditions. */
  function fillSet(table: SetTable, hasText: boolean, conditions: Condition[]): void {
    const where = whereClause(conditions);
    // CROSS JOIN makes SQLite start from the matches rather than scan every item; the covering index spares
    // reading each wide item row.
    const items = 'items i INDEXED BY items_facets';
    const from = hasText ? `temp.search_matches m CROSS JOIN ${items} ON i.doc = m.doc` : items;
    run(`DELETE FROM ${table}`);
    run(
      `INSERT INTO ${table} (${SET_COLUMNS})
       SELECT i.doc, ${hasText ? 'm.score' : '0'}, i.id, i.type, i.language, i.year, i.published_ts
       FROM ${from} ${where.sql}`,
      where.params,
    );
  }

  function pageRows(query: NormalizedQuery, restricted: boolean, offset: number): PageRow[] {
    if (!restricted) {
      return all<PageRow>('SELECT i.*, 0 AS score FROM items i ORDER BY i.published_ts DESC, i.id LIMIT ? OFFSET ?', [
        query.pageSize,
        offset,
      ]);
    }
    const order = query.sort === 'relevance' ? 'score DESC, published_ts DESC, id' : 'published_ts DESC, id';
    const outerOrder =
      query.sort === 'relevance' ? 'd.score DESC, d.published_ts DESC, d.id' : 'd.published_ts DESC, d.id';
    // Choose the page on the narrow set table first, then read only those wide item rows.
    return all<PageRow>(
      `SELECT i.*, d.score AS score
       FROM (SELECT doc, score, published_ts, id FROM temp.search_docs ORDER BY ${order} LIMIT ? OFFSET ?) d
       CROSS JOIN items i ON i.doc = d.doc
       ORDER BY ${outerOrder}`,
      [query.pageSize, offset],
    );
  }

  /** Value counts of one facet over a set table, or over every item when `set` is null. */
  function countFacet(facet: FacetName, set: SetTable | null): FacetValue[] {
    const source = FACET_SOURCES[facet];
    let sql: string;
    if (source.junction) {
      const { table, column } = source.junction;
      sql = set
        ? `SELECT j.${column} AS value, count(*) AS n FROM ${set} s CROSS JOIN ${table} j ON j.doc = s.doc`
        : `SELECT ${column} AS value, count(*) AS n FROM ${table}`;
    } else {
      sql = `SELECT ${source.column} AS value, count(*) AS n FROM ${set ?? 'items'} WHERE ${source.column} IS NOT NULL`;
    }
    const rows = all<{ value: string | number; n: number }>(`${sql} GROUP BY 1 ORDER BY n DESC, value`);
    return rows.map((row) => ({ value: String(row.value), count: row.n }));
  }

  const searchInSnapshot = sqlite.transaction(searchNow);
  return {
    async search(query) {
      const normalized = normalizeQuery(query);
      if (!tempReady) {
        sqlite.exec(TEMP_TABLES);
        tempReady = true;
      }
      return searchInSnapshot(normalized);
    },
  };
}
