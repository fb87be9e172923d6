import type { NormalizedQuery } from '../normalizeQuery.js';
import type { FacetName } from '../types.js';

/** One SQL condition on `items i`; `facet` names the facet whose own filter it is, so facet counts can drop it. */
export interface Condition {
  facet: FacetName | null;
  sql: string;
  params: unknown[];
}

/** How each facet is counted: a column of the matched-set table `d`, or a junction table `j` joined on doc. */
export interface FacetSource {
  /** Column of temp.search_docs and of items holding the value, when the facet is a column of items. */
  column?: 'type' | 'language' | 'year';
  junction?: { table: string; column: string };
}

export const FACET_SOURCES: Record<FacetName, FacetSource> = {
  type: { column: 'type' },
  language: { column: 'language' },
  year: { column: 'year' },
  objective: { junction: { table: 'item_objectives', column: 'objective' } },
  country: { junction: { table: 'item_countries', column: 'country' } },
  region: { junction: { table: 'item_regions', column: 'region' } },
  organization: { junction: { table: 'item_organizations', column: 'org_id' } },
};

// Values travel as one JSON array parameter, so the SQL text (and its prepared statement) is the same for any count.
const IN_LIST = 'IN (SELECT value FROM json_each(?))';

/** The filters of a query as SQL conditions; values within a facet are OR-ed, conditions are AND-ed. */
export function filterConditions(query: NormalizedQuery): Condition[] {
  const conditions: Condition[] = [];
  const facetFilters: [FacetName, readonly unknown[]][] = [
    ['type', query.types],
    ['language', query.languages],
    ['year', query.years],
    ['objective', query.objectives],
    ['country', query.countries],
    ['region', query.regions],
    ['organization', query.organizations],
  ];
  for (const [facet, values] of facetFilters) {
    if (values.length === 0) continue;
    const source = FACET_SOURCES[facet];
    const sql = source.junction
      ? `i.doc IN (SELECT doc FROM ${source.junction.table} WHERE ${source.junction.column} ${IN_LIST})`
      : `i.${source.column} ${IN_LIST}`;
    conditions.push({ facet, sql, params: [JSON.stringify(values)] });
  }
  // Filters without a facet of their own: principles and the entities an item names.
  if (query.principles.length > 0) {
    const sql = `i.doc IN (SELECT doc FROM item_principles WHERE principle ${IN_LIST})`;
    conditions.push({ facet: null, sql, params: [JSON.stringify(query.principles)] });
  }
  const entityFilters = [
    ['project', query.projects],
    ['person', query.people],
    ['event', query.events],
  ] as const;
  for (const [kind, ids] of entityFilters) {
    if (ids.length === 0) continue;
    const sql = `i.doc IN (SELECT doc FROM item_entities WHERE kind = '${kind}' AND entity_id ${IN_LIST})`;
    conditions.push({ facet: null, sql, params: [JSON.stringify(ids)] });
  }
  if (query.from) conditions.push({ facet: null, sql: 'i.published_day >= ?', params: [query.from] });
  if (query.to) conditions.push({ facet: null, sql: 'i.published_day <= ?', params: [query.to] });
  return conditions;
}

/** WHERE clause (with its keyword, '' when empty) and parameters for conditions and extra SQL predicates. */
export function whereClause(conditions: readonly Condition[], ...extra: string[]): { sql: string; params: unknown[] } {
  const predicates = [...conditions.map((c) => c.sql), ...extra.filter(Boolean)];
  return {
    sql: predicates.length > 0 ? `WHERE ${predicates.join(' AND ')}` : '',
    params: conditions.flatMap((c) => c.params),
  };
}
