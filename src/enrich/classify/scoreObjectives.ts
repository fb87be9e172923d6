/** Tags a text with the GCM objectives it is about, each with a 0–1 score and the evidence. */
import type { ContextHint, Evidence, ObjectiveTag } from '../../domain/item.js';
import { compileMatcherSet, matcherFor, scoreTargets, toScore } from './scoring.js';
import { loadObjectiveVocabulary } from './vocabulary.js';

export { type PrincipleTag, scorePrinciples } from './scorePrinciples.js';

/**
 * Minimum score for a tag. 0.4 needs a raw sum of about 2: one strong phrase ("remittances",
 * "trafficking in persons"), a clear term twice, or several supporting words together.
 */
export const OBJECTIVE_THRESHOLD = 0.4;
/** At most this many objectives are tagged from wording (context hints come on top). */
export const MAX_OBJECTIVES = 5;
/** Raw weight a context hint adds: enough for a score above 0.9 on its own. */
export const CONTEXT_WEIGHT = 10;

/** Input of scoreObjectives: the item's title and plain text, its language, and structural hints. */
export interface ObjectiveInput {
  title: string;
  text: string;
  /** ISO 639-1 code or "und". */
  language: string;
  context?: ContextHint[];
}

const matchers = compileMatcherSet(loadObjectiveVocabulary());

/** Scores the 23 objectives; returns the tags above OBJECTIVE_THRESHOLD, best first. */
export function scoreObjectives(input: ObjectiveInput): ObjectiveTag[] {
  const found = scoreTargets(matcherFor(matchers, input.language), input.title, input.text);
  const byObjective = new Map<number, { raw: number; evidence: Evidence[]; fromContext: boolean }>();
  for (const hint of input.context ?? []) {
    if (hint.kind !== 'objective' || hint.objective < 1 || hint.objective > 23) continue;
    const entry = byObjective.get(hint.objective) ?? { raw: 0, evidence: [], fromContext: true };
    // Several hints for the same objective are one fact seen twice: count the weight once.
    if (entry.raw === 0) entry.raw = CONTEXT_WEIGHT;
    if (!entry.evidence.some((e) => e.text === hint.evidence))
      entry.evidence.push({ kind: 'context', text: hint.evidence });
    byObjective.set(hint.objective, entry);
  }
  for (const { target, raw, terms } of found) {
    const objective = Number(target);
    const entry = byObjective.get(objective) ?? { raw: 0, evidence: [], fromContext: false };
    entry.raw += raw;
    entry.evidence.push(...terms.map((text): Evidence => ({ kind: 'term', text })));
    byObjective.set(objective, entry);
  }
  const tags = [...byObjective].map(([objective, e]) => ({
    tag: { objective, score: toScore(e.raw), evidence: e.evidence },
    fromContext: e.fromContext,
  }));
  tags.sort((a, b) => b.tag.score - a.tag.score || a.tag.objective - b.tag.objective);
  const fromContext = tags.filter((t) => t.fromContext).map((t) => t.tag);
  const fromWording = tags
    .filter((t) => !t.fromContext && t.tag.score >= OBJECTIVE_THRESHOLD)
    .slice(0, Math.max(0, MAX_OBJECTIVES - fromContext.length))
    .map((t) => t.tag);
  return [...fromContext, ...fromWording].sort((a, b) => b.score - a.score || a.objective - b.objective);
}

/** One sentence a person can check: "tagged Objective 10 because: trafficking in persons, victims". */
export function explainObjective(tag: ObjectiveTag): string {
  const reasons = tag.evidence.map((e) => e.text);
  return reasons.length > 0
    ? `tagged Objective ${tag.objective} because: ${reasons.join(', ')}`
    : `tagged Objective ${tag.objective} (no evidence recorded)`;
}
