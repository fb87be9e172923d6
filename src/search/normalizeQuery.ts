import { badRequest } from '../domain/errors.js';
import { isEmptyQuery, type ParsedQuery, parseQuery } from './parseQuery.js';
import type { SearchQuery, SortOrder } from './types.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** A SearchQuery with defaults applied, the text parsed and filter values de-duplicated: what engines run. */
export interface NormalizedQuery {
  text: ParsedQuery;
  hasText: boolean;
  types: string[];
  objectives: number[];
  countries: string[];
  regions: string[];
  organizations: string[];
  languages: string[];
  years: number[];
  principles: string[];
  projects: string[];
  people: string[];
  events: string[];
  /** YYYY-MM-DD, inclusive. */
  from: string | null;
  to: string | null;
  /** 'relevance' only when there is text to rank by. */
  sort: SortOrder;
  page: number;
  pageSize: number;
}

/** Applies defaults and bounds to a query; throws a bad_request HubError for a malformed date. */
export function normalizeQuery(query: SearchQuery): NormalizedQuery {
  const text = parseQuery(query.q);
  const hasText = !isEmptyQuery(text);
  return {
    text,
    hasText,
    types: unique(query.types),
    objectives: unique(query.objectives),
    countries: unique(query.countries),
    regions: unique(query.regions),
    organizations: unique(query.organizations),
    languages: unique(query.languages),
    years: unique(query.years),
    principles: unique(query.principles),
    projects: unique(query.projects),
    people: unique(query.people),
    events: unique(query.events),
    from: checkDate(query.from, 'from'),
    to: checkDate(query.to, 'to'),
    sort: hasText && (query.sort ?? 'relevance') === 'relevance' ? 'relevance' : 'date',
    page: clampInteger(query.page, 1, 1, Number.MAX_SAFE_INTEGER),
    pageSize: clampInteger(query.pageSize, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE),
  };
}

function unique<T>(values: readonly T[] | undefined): T[] {
  return [...new Set(values ?? [])];
}

function clampInteger(value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.trunc(value)));
}

function checkDate(value: string | undefined, name: string): string | null {
  if (value === undefined || value === '') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw badRequest(`The "${name}" date must be a real date written as YYYY-MM-DD, for example 2019-07-16.`);
  }
  return value;
}
