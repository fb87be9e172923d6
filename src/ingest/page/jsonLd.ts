/**
 * Structured data in `<script type="application/ld+json">`: every node of every block (arrays, `@graph`,
 * `mainEntity`), with `@id` references resolvable. Broken blocks (trailing commas, raw line breaks in strings,
 * HTML comments around the JSON) are repaired when that is cheap and skipped otherwise.
 */
import type { ItemType } from '../../domain/item.js';

export type JsonObject = { [key: string]: unknown };

export interface JsonLdGraph {
  /** Every object node found, in document order. */
  nodes: JsonObject[];
  /** Nodes by `@id`, to follow references such as `"publisher": {"@id": "#org"}`. */
  byId: Map<string, JsonObject>;
  /** How many blocks could not be read even after repair. */
  broken: number;
}

/** Reads all JSON-LD blocks of a document. */
export function readJsonLd(document: Document): JsonLdGraph {
  const graph: JsonLdGraph = { nodes: [], byId: new Map(), broken: 0 };
  for (const script of document.querySelectorAll('script[type]')) {
    if (!/^\s*application\/ld\+json\s*$/i.test(script.getAttribute('type') ?? '')) continue;
    const value = parseLenient(script.textContent ?? '');
    if (value === undefined) graph.broken++;
    else collect(value, graph, 0);
  }
  return graph;
}

function parseLenient(raw: string): unknown {
  const text = raw
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>$/g, '')
    .trim();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    // Common hand-written mistakes: trailing commas, raw newlines and tabs inside strings.
    const repaired = text.replace(/,\s*([}\]])/g, '$1').replace(/[\n\r\t\f\v]+/g, ' ');
    try {
      return JSON.parse(repaired);
    } catch {
      return undefined;
    }
  }
}

function collect(value: unknown, graph: JsonLdGraph, depth: number): void {
  if (depth > 6) return;
  if (Array.isArray(value)) {
    for (const entry of value) collect(entry, graph, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  const id = value['@id'];
  // A bare reference ({"@id": "#org"}) is not a node of its own.
  if (Object.keys(value).some((key) => key !== '@id')) {
    graph.nodes.push(value);
    if (typeof id === 'string' && !graph.byId.has(id)) graph.byId.set(id, value);
  }
  if (value['@graph'] !== undefined) collect(value['@graph'], graph, depth + 1);
  if (isObject(value.mainEntity) || Array.isArray(value.mainEntity)) collect(value.mainEntity, graph, depth + 1);
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `@type` values of a node ("NewsArticle", or each of ["Article", "NewsArticle"]). */
export function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

/** A node property, following an `@id` reference; the first element when it is an array. */
export function property(graph: JsonLdGraph, node: JsonObject, key: string): unknown {
  let value = node[key];
  if (Array.isArray(value)) value = value[0];
  if (isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) {
    return graph.byId.get(value['@id']) ?? value;
  }
  return value;
}

/** A text value: a string, or the `name` (else `@value`, `url`) of an object. */
export function textOf(graph: JsonLdGraph, value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (!isObject(value)) return undefined;
  const resolved =
    typeof value['@id'] === 'string' && Object.keys(value).length === 1 ? graph.byId.get(value['@id']) : value;
  if (!resolved) return undefined;
  for (const key of ['name', '@value', 'url']) {
    const text = resolved[key];
    if (typeof text === 'string' && text.trim()) return text.trim();
  }
  return undefined;
}

/** Every name in a value that may be one person/organisation or a list of them. */
export function namesOf(graph: JsonLdGraph, value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((entry) => textOf(graph, entry)).filter((name): name is string => name !== undefined);
}

const ARTICLE_TYPES = /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|TechArticle)$/;
const PUBLICATION_TYPES = /^(?:Report|ScholarlyArticle|Book|Thesis|Chapter|Periodical|PublicationIssue|Dataset)$/;

/** The item type a schema.org `@type` implies, if any: Event → event, JobPosting → vacancy, Report → publication. */
export function typeHintOf(types: string[]): ItemType | undefined {
  for (const type of types) {
    if (/Event$/.test(type)) return 'event';
    if (type === 'JobPosting') return 'vacancy';
    if (PUBLICATION_TYPES.test(type)) return 'publication';
    if (/NewsArticle$/.test(type)) return 'news';
    if (type === 'Project' || type === 'ResearchProject') return 'project';
  }
  return undefined;
}

const MAIN_TYPES = /(?:Article|Posting|Report|Event|JobPosting|Book|Thesis|Dataset|Project|Chapter)$/;

/** The node that describes the page's content (an article, report, event, vacancy), else a WebPage node. */
export function mainNode(graph: JsonLdGraph): JsonObject | undefined {
  return (
    graph.nodes.find((node) => typesOf(node).some((t) => MAIN_TYPES.test(t) || ARTICLE_TYPES.test(t))) ??
    graph.nodes.find((node) => typesOf(node).some((t) => /WebPage$/.test(t)))
  );
}

/** The first Organization-like node, the publisher when the main node names none. */
export function organizationNode(graph: JsonLdGraph): JsonObject | undefined {
  return graph.nodes.find((node) =>
    typesOf(node).some((t) => /^(?:Organization|NGO|GovernmentOrganization|NewsMediaOrganization)$/.test(t)),
  );
}
