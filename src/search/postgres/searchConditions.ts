import { type RawBuilder, sql } from 'kysely';
import type { NormalizedQuery } from '../normalizeQuery.js';
import type { FacetName } from '../types.js';

/** One SQL condition on a row `s` of the candidate set; `facet` names the facet whose own filter it is. */
export interface Condition {
  facet: FacetName | null;
  sql: RawBuilder<unknown>;
}

/** How each facet is counted: a column of the candidate set, or a junction table joined on doc. */
export const FACET_SOURCES: Record<FacetName, { column?: string; junction?: { table: string; column: string } }> = {
  type: { column: 'type' },
  language: { column: 'language' },
  year: { column: 'year' },
  objective: { junction: { table: 'item_objectives', column: 'objective' } },
  country: { junction: { table: 'item_countries', column: 'country' } },
  region: { junction: { table: 'item_regions', column: 'region' } },
  organization: { junction: { table: 'item_organizations', column: 'org_id' } },
};

/** The filters of a query as SQL conditions; values within a facet are OR-ed, conditions are AND-ed. */
export function filterConditions(query: NormalizedQuery): Condition[] {
  const conditions: Condition[] = [];
  const facetFilters: [FacetName, readonly (string | number)[], 'text' | 'integer'][] = [
    ['type', query.types, 'text'],
    ['language', query.languages, 'text'],
    ['year', query.years, 'integer'],
    ['objective', query.objectives, 'integer'],
    ['country', query.countries, 'text'],
    ['region', query.regions, 'text'],
    ['organization', query.organizations, 'text'],
  ];
  for (const [facet, values, type] of facetFilters) {
    if (values.length === 0) continue;
    // Integers travel as text and are cast in SQL; a value that is no integer can match nothing, as in SQLite.
    const texts =
      type === 'text' ? values.map(String) : values.filter((v) => Number.isSafeInteger(Number(v))).map(String);
    const list = sql`ANY(${texts}::${sql.raw(type === 'text' ? 'text' : 'bigint')}[])`;
    const source = FACET_SOURCES[facet];
    const condition = source.junction
      ? sql`s.doc IN (SELECT doc FROM ${sql.table(source.junction.table)}
          WHERE ${sql.ref(source.junction.column)} = ${list})`
      : sql`s.${sql.ref(source.column as string)} = ${list}`;
    conditions.push({ facet, sql: condition });
  }
  // Filters without a facet of their own: principles and the entities an item names.
  if (query.principles.length > 0) {
    conditions.push({
      facet: null,
      sql: sql`s.doc IN (SELECT doc FROM item_principles WHERE principle = ANY(${query.principles}::text[]))`,
    });
  }
  const entityFilters = [
    ['project', query.projects],
    ['person', query.people],
    ['event', query.events],
  ] as const;
  for (const [kind, ids] of entityFilters) {
    if (ids.length === 0) continue;
    conditions.push({
      facet: null,
      sql: sql`s.doc IN (SELECT doc FROM item_entities WHERE kind = ${kind} AND entity_id = ANY(${ids}::text[]))`,
    });
  }
  if (query.from) conditions.push({ facet: null, sql: sql`s.published_day >= ${query.from}` });
  if (query.to) conditions.push({ facet: null, sql: sql`s.published_day <= ${query.to}` });
  return conditions;
}

/** WHERE clause (with its keyword, empty when there is no condition). */
export function whereClause(conditions: readonly Condition[]): RawBuilder<unknown> {
  if (conditions.length === 0) return sql``;
  return sql`WHERE ${sql.join(
    conditions.map((c) => c.sql),
    sql` AND `,
  )}`;
}
