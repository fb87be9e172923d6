import type BetterSqlite3 from 'better-sqlite3';
import { foldTokens } from '../../domain/analyzer.js';
import type { RelatedItem } from '../types.js';
import { type BriefRow, toBrief } from './clusterGraph.js';

type Db = BetterSqlite3.Database;

interface CandidateRow extends BriefRow {
  doc: number;
  summary: string;
  text: string;
  countries: string;
  organizations: string;
}

/** Items read per shared entity, the newest first: bounds the work on countries with thousands of items. */
const PER_ENTITY = 400;
/** Candidates scored by words after the entity pre-selection. */
const SCORED = 100;
/** Words of the text compared besides the title and summary. */
const TEXT_CHARS = 600;
// Organisations say more about a topic than countries do; objectives least, since many items share one.
const WEIGHTS = { organization: 2, country: 1, objective: 0.5 };

/**
 * "See also": items that share organisations, countries and objectives with this one, re-ranked by the overlap
 * of their entities and of their significant words (title, summary, start of the text). The item's own cluster
 * is left out: those are copies, shown apart.
 */
export function createRelatedReader(db: Db) {
  const self = db.prepare<[string], CandidateRow>(
    `SELECT doc, id, title, language, source_organization, published, summary, substr(text, 1, ${TEXT_CHARS}) AS text,
       countries, organizations FROM items WHERE id = ?`,
  );
  const byCountry = db.prepare<[string, number, number], { doc: number }>(
    'SELECT doc FROM item_countries WHERE country = ? AND doc <> ? ORDER BY doc DESC LIMIT ?',
  );
  const byOrganization = db.prepare<[string, number, number], { doc: number }>(
    'SELECT doc FROM item_organizations WHERE org_id = ? AND doc <> ? ORDER BY doc DESC LIMIT ?',
  );
  const objectivesOf = db.prepare<[number], { objective: number }>(
    'SELECT objective FROM item_objectives WHERE doc = ?',
  );
  const byObjective = db.prepare<[number, number, number], { doc: number }>(
    'SELECT doc FROM item_objectives WHERE objective = ? AND doc <> ? ORDER BY doc DESC LIMIT ?',
  );
  const candidate = db.prepare<[number], CandidateRow>(
    `SELECT doc, id, title, language, source_organization, published, summary, substr(text, 1, ${TEXT_CHARS}) AS text,
       countries, organizations FROM items WHERE doc = ?`,
  );
  const clusterMates = db.prepare<[string], { item_id: string }>(
    `SELECT item_id FROM item_clusters WHERE cluster_id = (SELECT cluster_id FROM item_clusters WHERE item_id = ?)`,
  );

  return function related(itemId: string, limit: number): RelatedItem[] {
    const me = self.get(itemId);
    if (!me || limit <= 0) return [];
    const weights = new Map<number, number>();
    const add = (rows: { doc: number }[], weight: number) => {
      for (const row of rows) weights.set(row.doc, (weights.get(row.doc) ?? 0) + weight);
    };
    const entities = entitySet(me);
    for (const code of JSON.parse(me.countries) as string[]) {
      add(byCountry.all(code, me.doc, PER_ENTITY), WEIGHTS.country);
    }
    for (const org of JSON.parse(me.organizations) as { id: string }[]) {
      add(byOrganization.all(org.id, me.doc, PER_ENTITY), WEIGHTS.organization);
    }
    for (const { objective } of objectivesOf.all(me.doc)) {
      add(byObjective.all(objective, me.doc, PER_ENTITY), WEIGHTS.objective);
    }
    const excluded = new Set(clusterMates.all(itemId).map((row) => row.item_id));
    const words = wordSet(me);
    const scored: RelatedItem[] = [];
    const preselected = [...weights.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]).slice(0, SCORED);
    for (const [doc] of preselected) {
      const row = candidate.get(doc);
      if (!row || excluded.has(row.id)) continue;
      const score = 0.5 * jaccard(entities, entitySet(row)) + 0.5 * jaccard(words, wordSet(row));
      if (score > 0) scored.push({ ...toBrief(row), score: Math.round(score * 1000) / 1000 });
    }
    return scored
      .sort(
        (a, b) => b.score - a.score || (b.published ?? '').localeCompare(a.published ?? '') || (a.id < b.id ? -1 : 1),
      )
      .slice(0, limit);
  };
}

function entitySet(row: CandidateRow): Set<string> {
  const countries = (JSON.parse(row.countries) as string[]).map((code) => `c:${code}`);
  const orgs = (JSON.parse(row.organizations) as { id: string }[]).map((org) => `o:${org.id}`);
  return new Set([...countries, ...orgs]);
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
