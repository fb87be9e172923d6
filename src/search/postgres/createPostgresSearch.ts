import { type Kysely, type RawBuilder, sql } from 'kysely';
import { rowToItem } from '../../store/postgres/itemRows.js';
import type { PostgresStore } from '../../store/postgres/openPostgresStore.js';
import { ITEM_SELECT, type ItemRow } from '../../store/postgres/schema.js';
import { type NormalizedQuery, normalizeQuery } from '../normalizeQuery.js';
import { positiveTokens } from '../parseQuery.js';
import { buildSnippet } from '../snippet.js';
import { FACET_NAMES, type FacetName, type FacetValue, type SearchProvider, type SearchResult } from '../types.js';
import { type Condition, FACET_SOURCES, filterConditions, whereClause } from './searchConditions.js';
import { buildTsQueries } from './tsQuery.js';

// Weights of D, C, B, A: title terms (A) count four times as much as body terms (B), as SQLite's bm25 weights.
const RANK_WEIGHTS = '{0.1, 0.1, 0.25, 1.0}';
const SET_COLUMNS = sql.raw('doc, id, type, language, year, published_at, published_day');
const ITEM_COLUMNS = sql.raw(
  ITEM_SELECT.split(',')
    .map((column) => `i.${column.trim()}`)
    .join(', '),
);
const NUMERIC_FACETS = new Set<FacetName>(['objective', 'year']);

/**
 * Full-text faceted search on the PostgreSQL store: a GIN-indexed tsvector of the same analysed terms as
 * SQLite's FTS5 index, ts_rank_cd for relevance, junction tables for facets. Each search reads one snapshot
 * (a repeatable-read, read-only transaction): the counts, facets and page agree even while items are written.
 */
export function createPostgresSearch(store: PostgresStore): SearchProvider {
  const { db } = store;
  return {
    async search(query) {
      const normalized = normalizeQuery(query);
      return db
        .transaction()
        .setIsolationLevel('repeatable read')
        .setAccessMode('read only')
        .execute((trx) => runSearch(trx, normalized));
    },
  };
}

async function runSearch(db: Kysely<unknown>, query: NormalizedQuery): Promise<SearchResult> {
  const ts = query.hasText ? buildTsQueries(query.text) : null;
  const conditions = filterConditions(query);
  // The text match, once: later parts of the statement read its rows.
  const matched = ts
    ? sql`m AS MATERIALIZED (SELECT ${SET_COLUMNS},
        ${ts.rank ? sql`ts_rank_cd(${RANK_WEIGHTS}::float4[], search_vector, ${ts.rank}::tsquery)` : sql`0::real`} AS score
        FROM items WHERE search_vector @@ ${ts.match}::tsquery)`
    : sql`m AS (SELECT ${SET_COLUMNS}, 0::real AS score FROM items)`;
  const restricted = ts !== null || conditions.length > 0;

  const facetParts = FACET_NAMES.map((facet) => {
    const others = conditions.filter((c) => c.facet !== facet);
    const set =
      others.length === conditions.length
        ? restricted
          ? sql`d`
          : null
        : ts !== null || others.length > 0
          ? sql`(SELECT * FROM m s ${whereClause(others)})`
          : null;
    return facetCount(facet, set);
  });
  const { rows } = await sql<{ facet: string; value: string | null; n: number }>`
    WITH ${matched}, d AS MATERIALIZED (SELECT * FROM m s ${whereClause(conditions)})
    SELECT 'total' AS facet, NULL AS value, count(*)::integer AS n FROM d
    UNION ALL ${sql.join(facetParts, sql` UNION ALL `)}`.execute(db);

  const total = rows.find((row) => row.facet === 'total')?.n ?? 0;
  const facets = Object.fromEntries(FACET_NAMES.map((name) => [name, [] as FacetValue[]])) as Record<
    FacetName,
    FacetValue[]
  >;
  for (const row of rows) {
    if (row.facet === 'total' || row.value === null) continue;
    facets[row.facet as FacetName].push({ value: row.value, count: row.n });
  }
  for (const name of FACET_NAMES) facets[name].sort(byCountThenValue(NUMERIC_FACETS.has(name)));

  const offset = (query.page - 1) * query.pageSize;
  const pageRows = offset < total ? await page(db, query, matched, conditions, offset) : [];
  const tokens = positiveTokens(query.text);
  const hits = pageRows.map((row) => {
    const item = rowToItem(row);
    return { item, score: row.score, snippet: buildSnippet(item, tokens) };
  });
  return { total, page: query.page, pageSize: query.pageSize, hits, facets };
}

/** Value counts of one facet over a candidate set, or over every item when `set` is null. */
function facetCount(facet: FacetName, set: RawBuilder<unknown> | null): RawBuilder<unknown> {
  const source = FACET_SOURCES[facet];
  if (source.junction) {
    const table = sql.table(source.junction.table);
    const column = sql.ref(`j.${source.junction.column}`);
    const from = set ? sql`${set} x JOIN ${table} j ON j.doc = x.doc` : sql`${table} j`;
    return sql`(SELECT ${facet} AS facet, ${column}::text AS value, count(*)::integer AS n FROM ${from} GROUP BY ${column})`;
  }
  const column = sql.ref(`x.${source.column as string}`);
  return sql`(SELECT ${facet} AS facet, ${column}::text AS value, count(*)::integer AS n
    FROM ${set ?? sql`items`} x WHERE ${column} IS NOT NULL GROUP BY ${column})`;
}

async function page(
  db: Kysely<unknown>,
  query: NormalizedQuery,
  matched: RawBuilder<unknown>,
  conditions: Condition[],
  offset: number,
): Promise<(ItemRow & { score: number })[]> {
  // Ties go to the newest, then to the id in code-point order ("C" collation), as in SQLite.
  const order =
    query.sort === 'relevance'
      ? sql`p.score DESC, p.published_at DESC NULLS LAST, p.id`
      : sql`p.published_at DESC NULLS LAST, p.id`;
  // Choose the page on the narrow candidate rows first, then read only those wide item rows.
  const { rows } = await sql<ItemRow & { score: number }>`
    WITH ${matched},
      p AS (SELECT p.doc, p.id, p.published_at, p.score FROM (SELECT * FROM m s ${whereClause(conditions)}) p
        ORDER BY ${order} LIMIT ${query.pageSize} OFFSET ${offset})
    SELECT ${ITEM_COLUMNS}, p.score FROM p JOIN items i ON i.doc = p.doc ORDER BY ${order}`.execute(db);
  return rows;
}

function byCountThenValue(numeric: boolean): (a: FacetValue, b: FacetValue) => number {
  return (a, b) => {
    if (a.count !== b.count) return b.count - a.count;
    if (numeric) return Number(a.value) - Number(b.value);
    return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
  };
}
