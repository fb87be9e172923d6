import { type Kysely, sql } from 'kysely';
import { foldTokens } from '../../domain/analyzer.js';
import type { RelatedItem } from '../types.js';
import { type BriefRow, toBrief } from './clusterGraph.js';

interface CandidateRow extends BriefRow {
  doc: number;
  summary: string;
  text: string;
  countries: string[];
  organizations: { id: string }[];
}

// The same bounds and weights as SQLite's (src/store/sqlite/clusterRelated.ts), so both engines relate alike.
const PER_ENTITY = 400;
const SCORED = 100;
const TEXT_CHARS = 600;
const WEIGHTS = { organization: 2, country: 1, objective: 0.5 };

const CANDIDATE = sql.raw(`doc, id, title, language, source_organization, published, summary,
  substr(text, 1, ${TEXT_CHARS}) AS text, countries, organizations`);

/**
 * "See also": items that share organisations, countries and objectives with this one, re-ranked by the overlap
 * of their entities and of their significant words; the item's own cluster is left out.
 */
export async function relatedItems(db: Kysely<unknown>, itemId: string, limit: number): Promise<RelatedItem[]> {
  const { rows: selves } = await sql<CandidateRow>`SELECT ${CANDIDATE} FROM items WHERE id = ${itemId}`.execute(db);
  const me = selves[0];
  if (!me || limit <= 0) return [];
  const weights = new Map<number, number>();
  const add = (rows: { doc: number }[], weight: number) => {
    for (const row of rows) weights.set(row.doc, (weights.get(row.doc) ?? 0) + weight);
  };
  for (const code of me.countries) {
    const { rows } = await sql<{ doc: number }>`SELECT doc FROM item_countries WHERE country = ${code}
      AND doc <> ${me.doc} ORDER BY doc DESC LIMIT ${PER_ENTITY}`.execute(db);
    add(rows, WEIGHTS.country);
  }
  for (const org of me.organizations) {
    const { rows } = await sql<{ doc: number }>`SELECT doc FROM item_organizations WHERE org_id = ${org.id}
      AND doc <> ${me.doc} ORDER BY doc DESC LIMIT ${PER_ENTITY}`.execute(db);
    add(rows, WEIGHTS.organization);
  }
  const { rows: objectives } = await sql<{ objective: number }>`
    SELECT objective FROM item_objectives WHERE doc = ${me.doc}`.execute(db);
  for (const { objective } of objectives) {
    const { rows } = await sql<{ doc: number }>`SELECT doc FROM item_objectives WHERE objective = ${objective}
      AND doc <> ${me.doc} ORDER BY doc DESC LIMIT ${PER_ENTITY}`.execute(db);
    add(rows, WEIGHTS.objective);
  }
  const { rows: mates } = await sql<{ item_id: string }>`SELECT item_id FROM item_clusters
    WHERE cluster_id = (SELECT cluster_id FROM item_clusters WHERE item_id = ${itemId})`.execute(db);
  const excluded = new Set(mates.map((row) => row.item_id));
  const preselected = [...weights.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]).slice(0, SCORED);
  if (preselected.length === 0) return [];
  const { rows: candidates } = await sql<CandidateRow>`
    SELECT ${CANDIDATE} FROM items WHERE doc = ANY(${preselected.map(([doc]) => doc)}::integer[])`.execute(db);
  const entities = entitySet(me);
  const words = wordSet(me);
  const scored: RelatedItem[] = [];
  for (const row of candidates) {
    if (excluded.has(row.id)) continue;
    const score = 0.5 * jaccard(entities, entitySet(row)) + 0.5 * jaccard(words, wordSet(row));
    if (score > 0) scored.push({ ...toBrief(row), score: Math.round(score * 1000) / 1000 });
  }
  return scored
    .sort((a, b) => b.score - a.score || (b.published ?? '').localeCompare(a.published ?? '') || (a.id < b.id ? -1 : 1))
    .slice(0, limit);
}

function entitySet(row: CandidateRow): Set<string> {
  return new Set([...row.countries.map((code) => `c:${code}`), ...row.organizations.map((org) => `o:${org.id}`)]);
}

/** Folded words of four letters or more: a cheap way to leave out most function words in en/fr/es. */
function wordSet(row: CandidateRow): Set<string> {
  return new Set(foldTokens(`${row.title} ${row.summary} ${row.text}`).filter((word) => word.length >= 4));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const value of a) if (b.has(value)) shared++;
  return shared / (a.size + b.size - shared);
}
