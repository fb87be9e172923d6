import { z } from 'zod';
import { HubError } from '../domain/errors.js';
import { GCM_OBJECTIVES, GCM_PRINCIPLES } from '../domain/gcm.js';
import { ITEM_TYPES, type ItemType } from '../domain/item.js';
import { REGIONS } from '../domain/regions.js';
import type { FacetName, SearchQuery, SortOrder } from './types.js';

/** Page size when none is asked for, and the largest one allowed. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
const MAX_PAGE = 10_000;
const MAX_QUERY_LENGTH = 500;

type ListKey = 'types' | 'objectives' | 'countries' | 'regions' | 'organizations' | 'languages' | 'years';

/** URL parameter and SearchQuery field behind each facet, so faces can build toggle links. */
export const FACET_PARAMS: Record<FacetName, { param: string; key: ListKey }> = {
  type: { param: 'type', key: 'types' },
  objective: { param: 'objective', key: 'objectives' },
  country: { param: 'country', key: 'countries' },
  region: { param: 'region', key: 'regions' },
  organization: { param: 'org', key: 'organizations' },
  language: { param: 'lang', key: 'languages' },
  year: { param: 'year', key: 'years' },
};

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  });

const entityId = z
  .string()
  .max(120)
  .regex(/^[a-z0-9][a-z0-9-]*$/i)
  .transform((s) => s.toLowerCase());

// Filters without a facet of their own, in URL order: parameter name and SearchQuery field.
const EXTRA_FILTERS = [
  ['principle', 'principles'],
  ['project', 'projects'],
  ['person', 'people'],
  ['event', 'events'],
] as const;

const objectiveNumbers = GCM_OBJECTIVES.map((o) => o.number);
const regionIds = REGIONS.map((r) => r.id);

// One schema per parameter, with the sentence a person sees when a value does not fit.
const valueSchemas = {
  type: {
    schema: z.enum(ITEM_TYPES),
    explain: `must be one of: ${ITEM_TYPES.join(', ')}`,
  },
  objective: {
    schema: z.coerce.number().int().min(1).max(objectiveNumbers.length),
    explain: `must be a Global Compact objective number from 1 to ${objectiveNumbers.length}`,
  },
  country: {
    schema: z
      .string()
      .regex(/^[A-Za-z]{3}$/)
      .transform((s) => s.toUpperCase()),
    explain: 'must be a three-letter ISO country code such as KEN or FRA',
  },
  region: {
    schema: z.enum(regionIds as [string, ...string[]]),
    explain: `must be one of: ${regionIds.join(', ')}`,
  },
  org: {
    schema: z
      .string()
      .max(80)
      .regex(/^[a-z0-9][a-z0-9-]*$/i)
      .transform((s) => s.toLowerCase()),
    explain: 'must be an organisation identifier made of letters, digits and dashes, such as icmpd',
  },
  lang: {
    schema: z
      .string()
      .regex(/^[a-z]{2,3}$/i)
      .transform((s) => s.toLowerCase()),
    explain: 'must be a two-letter language code such as en, fr or es',
  },
  year: {
    schema: z.coerce.number().int().min(1900).max(2100),
    explain: 'must be a four-digit year such as 2019',
  },
  principle: {
    schema: z.enum(GCM_PRINCIPLES.map((p) => p.id) as [string, ...string[]]),
    explain: `must be one of: ${GCM_PRINCIPLES.map((p) => p.id).join(', ')}`,
  },
  project: { schema: entityId, explain: 'must be a project identifier made of letters, digits and dashes' },
  person: { schema: entityId, explain: 'must be a person identifier made of letters, digits and dashes' },
  event: { schema: entityId, explain: 'must be an event identifier made of letters, digits and dashes' },
  from: { schema: isoDate, explain: 'must be a date written YYYY-MM-DD' },
  to: { schema: isoDate, explain: 'must be a date written YYYY-MM-DD' },
  sort: { schema: z.enum(['relevance', 'date']), explain: 'must be "relevance" or "date"' },
  page: {
    schema: z.coerce.number().int().min(1).max(MAX_PAGE),
    explain: `must be a whole number from 1 to ${MAX_PAGE}`,
  },
  pageSize: {
    schema: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE),
    explain: `must be a whole number from 1 to ${MAX_PAGE_SIZE}`,
  },
} as const;

type ParamName = keyof typeof valueSchemas;

function parseValue<P extends ParamName>(param: P, raw: string): z.output<(typeof valueSchemas)[P]['schema']> {
  const { schema, explain } = valueSchemas[param];
  const parsed = schema.safeParse(raw.trim());
  if (!parsed.success) {
    throw new HubError('bad_request', `The "${param}" filter ${explain}; "${raw.slice(0, 60)}" is not valid.`);
  }
  return parsed.data as z.output<(typeof valueSchemas)[P]['schema']>;
}

/** Collects every value of every parameter; repeated parameters and comma lists both count. */
function collect(params: URLSearchParams | Record<string, unknown>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (key: string, value: unknown) => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      for (const v of value) add(key, v);
      return;
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new HubError('bad_request', `The "${key}" parameter must be text.`);
    }
    const list = out.get(key) ?? [];
    list.push(String(value));
    out.set(key, list);
  };
  if (params instanceof URLSearchParams) for (const [key, value] of params) add(key, value);
  else for (const [key, value] of Object.entries(params)) add(key, value);
  return out;
}

function listOf<P extends ParamName>(
  values: Map<string, string[]>,
  param: P,
): z.output<(typeof valueSchemas)[P]['schema']>[] | undefined {
  const raw = (values.get(param) ?? []).flatMap((v) => v.split(',')).filter((v) => v.trim() !== '');
  if (raw.length === 0) return undefined;
  return [...new Set(raw.map((v) => parseValue(param, v)))];
}

function singleOf<P extends ParamName>(
  values: Map<string, string[]>,
  param: P,
): z.output<(typeof valueSchemas)[P]['schema']> | undefined {
  const raw = (values.get(param) ?? []).filter((v) => v.trim() !== '');
  if (raw.length === 0) return undefined;
  if (raw.length > 1) throw new HubError('bad_request', `The "${param}" parameter may be given only once.`);
  return parseValue(param, raw[0] as string);
}

/**
 * Reads a search from URL parameters (the web page, the API and the feeds share this form).
 * Unknown parameters (such as `hl`) are ignored; invalid values throw a `bad_request` HubError.
 */
export function parseSearchParams(params: URLSearchParams | Record<string, unknown>): SearchQuery {
  const values = collect(params);
  const q = (values.get('q') ?? []).join(' ').replace(/\s+/g, ' ').trim();
  if (q.length > MAX_QUERY_LENGTH) {
    throw new HubError('bad_request', `The search text is too long; keep it under ${MAX_QUERY_LENGTH} characters.`);
  }
  const query: SearchQuery = {
    q: q || undefined,
    types: listOf(values, 'type') as ItemType[] | undefined,
    objectives: listOf(values, 'objective'),
    countries: listOf(values, 'country'),
    regions: listOf(values, 'region'),
    organizations: listOf(values, 'org'),
    languages: listOf(values, 'lang'),
    years: listOf(values, 'year'),
    principles: listOf(values, 'principle'),
    projects: listOf(values, 'project'),
    people: listOf(values, 'person'),
    events: listOf(values, 'event'),
    from: singleOf(values, 'from'),
    to: singleOf(values, 'to'),
    sort: singleOf(values, 'sort') as SortOrder | undefined,
    page: singleOf(values, 'page') ?? 1,
    pageSize: singleOf(values, 'pageSize') ?? DEFAULT_PAGE_SIZE,
  };
  if (query.from && query.to && query.from > query.to) {
    throw new HubError('bad_request', `The start date (${query.from}) is after the end date (${query.to}).`);
  }
  return dropEmpty(query);
}

function dropEmpty(query: SearchQuery): SearchQuery {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out as SearchQuery;
}

/** The sort a query gets when it names none: relevance for a text search, else newest first. */
export function defaultSort(query: SearchQuery): SortOrder {
  return query.q ? 'relevance' : 'date';
}

/** Canonical URL form of a search: fixed parameter order, sorted values, defaults omitted. */
export function toSearchParams(query: SearchQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.append('q', query.q);
  for (const facet of Object.values(FACET_PARAMS)) {
    const list = query[facet.key] as ReadonlyArray<string | number> | undefined;
    if (!list?.length) continue;
    const sorted = [...new Set(list)].sort((a, b) =>
      typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b)),
    );
    for (const value of sorted) params.append(facet.param, String(value));
  }
  for (const [param, key] of EXTRA_FILTERS) {
    for (const value of [...new Set(query[key] ?? [])].sort()) params.append(param, value);
  }
  if (query.from) params.append('from', query.from);
  if (query.to) params.append('to', query.to);
  if (query.sort && query.sort !== defaultSort(query)) params.append('sort', query.sort);
  if (query.page && query.page !== 1) params.append('page', String(query.page));
  if (query.pageSize && query.pageSize !== DEFAULT_PAGE_SIZE) params.append('pageSize', String(query.pageSize));
  return params;
}

/** Whether a facet value is among the query's filters. */
export function hasFilter(query: SearchQuery, facet: FacetName, value: string): boolean {
  const list = query[FACET_PARAMS[facet].key] as ReadonlyArray<string | number> | undefined;
  return list?.some((v) => String(v) === value) ?? false;
}

/** The same query with one facet value added or removed (back to page 1), for checkbox-like links. */
export function toggleFilter(query: SearchQuery, facet: FacetName, value: string): SearchQuery {
  const { key } = FACET_PARAMS[facet];
  const list = (query[key] ?? []) as ReadonlyArray<string | number>;
  const present = list.some((v) => String(v) === value);
  const typed = facet === 'objective' || facet === 'year' ? Number(value) : value;
  const next = present ? list.filter((v) => String(v) !== value) : [...list, typed];
  return dropEmpty({ ...query, [key]: next, page: 1 });
}

/** The same query on another page. */
export function withPage(query: SearchQuery, page: number): SearchQuery {
  return { ...query, page };
}
